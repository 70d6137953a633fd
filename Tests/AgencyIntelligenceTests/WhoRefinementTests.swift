import AgencyCore
import AgencyIntelligence
import AgencyOS
import Foundation
import Testing

@Suite struct WhoRefinementTests {
    let refinement = WhoRefinement()
    let patternId = ID<ConversionPattern>(UUID())

    func size(_ sweetSpot: String?, rate: Double) -> WhoPattern.SizeAnalysis {
        WhoPattern.SizeAnalysis(sweetSpot: sweetSpot, sweetSpotRate: rate, distribution: [])
    }

    func refine(_ base: ICPCriteria, _ pattern: WhoPattern, confidence: Double = 0.8, locked: [String] = [])
        -> ICPRefinementResult {
        refinement.refine(base, with: pattern, confidence: confidence, patternId: patternId, clientId: Fixtures.clientId,
                          lockedFields: locked, at: Fixtures.now)
    }

    let rankedTitles = [
        WhoPattern.TitleRanking(title: "ceo", conversionRate: 0.4, sample: 30, lift: 2.0),
        WhoPattern.TitleRanking(title: "Head Of Growth", conversionRate: 0.3, sample: 12, lift: 1.5),
        WhoPattern.TitleRanking(title: "cto", conversionRate: 0.25, sample: 4, lift: 1.25),
        WhoPattern.TitleRanking(title: "cmo", conversionRate: 0.22, sample: 9, lift: 1.1),
    ]

    @Test func confidenceGate() {
        let base = ICPCriteria(titles: ["VP Sales"])
        let result = refine(base, PatternFactory.who(titles: rankedTitles), confidence: 0.59)
        #expect(result.criteria == base)
        #expect(result.log == nil)
        #expect(refine(base, PatternFactory.who(titles: rankedTitles), confidence: 0.6).refinementCount == 1)
    }

    @Test func boostsTitles() throws {
        let base = ICPCriteria(titles: ["VP Sales", " CEO "], countries: ["AU"], seniorities: ["c_suite"],
                               extra: ["keywords": ["b2b"]])
        let result = refine(base, PatternFactory.who(titles: rankedTitles))
        #expect(result.criteria.titles == ["Head Of Growth", "VP Sales", " CEO "])
        #expect(result.criteria.countries == ["AU"])
        #expect(result.criteria.extra == ["keywords": ["b2b"]])
        #expect(result.refinements == [ICPRefinement(field: "titles", action: "boosted", added: ["Head Of Growth"],
                                                     reason: "High-converting titles from WHO patterns")])
        let log = try #require(result.log)
        #expect(log.baseCriteria == base)
        #expect(log.refinedCriteria == result.criteria)
        #expect(log.patternId == patternId)
        #expect(log.confidence == 0.8)
        #expect(log.appliedAt == Fixtures.now)
        #expect(log.violations.isEmpty)
        #expect(result.fieldsRefined == ["titles"])
    }

    @Test func atMostFiveTitles() {
        let titles = (0..<8).map { WhoPattern.TitleRanking(title: "T\($0)", conversionRate: 0.3, sample: 10, lift: 1.5) }
        let result = refine(ICPCriteria(), PatternFactory.who(titles: titles))
        #expect(result.criteria.titles == ["T0", "T1", "T2", "T3", "T4"])
    }

    @Test func prioritizesIndustries() {
        let rankings = ["SaaS", "Fintech", "Retail", "Media", "Health", "Travel"].map {
            WhoPattern.IndustryRanking(industry: $0, conversionRate: 0.3, sample: 10, lift: 1.3)
        } + [WhoPattern.IndustryRanking(industry: "Energy", conversionRate: 0.1, sample: 50, lift: 0.8)]
        let who = PatternFactory.who(industries: rankings)
        #expect(refine(ICPCriteria(), who).criteria.industries == ["SaaS", "Fintech", "Retail", "Media", "Health"])
        let matching = refine(ICPCriteria(industries: ["Energy", "retail ", "SaaS"]), who)
        #expect(matching.criteria.industries == ["retail ", "SaaS", "Energy"])
        #expect(matching.refinements.first?.prioritized == ["retail ", "SaaS"])
        let disjoint = refine(ICPCriteria(industries: ["Energy"]), who)
        #expect(disjoint.criteria.industries == ["SaaS", "Fintech", "Retail", "Energy"])
        #expect(disjoint.refinements.first?.prioritized == ["SaaS", "Fintech", "Retail"])
    }

    @Test func narrowsToTheSweetSpot() {
        let who = PatternFactory.who(baseline: 0.4, size: size("16-30", rate: 0.8))
        let both = refine(ICPCriteria(employeeMin: 10, employeeMax: 200), who)
        #expect(both.criteria.employeeMin == 16)
        #expect(both.criteria.employeeMax == 30)
        #expect(both.refinements == [ICPRefinement(field: "company_size", action: "narrowed_to_sweet_spot", sweetSpot: "16-30",
                                                   reason: "Sweet spot range has 80% conversion")])
        let neither = refine(ICPCriteria(), who)
        #expect((neither.criteria.employeeMin, neither.criteria.employeeMax) == (16, 30))
        let onlyMin = refine(ICPCriteria(employeeMin: 20), who)
        #expect((onlyMin.criteria.employeeMin, onlyMin.criteria.employeeMax) == (20, 30))
        let disjoint = refine(ICPCriteria(employeeMin: 100, employeeMax: 200), who)
        #expect(disjoint.log == nil)
        let open = refine(ICPCriteria(), PatternFactory.who(baseline: 0.1, size: size("501+", rate: 0.5)))
        #expect((open.criteria.employeeMin, open.criteria.employeeMax) == (501, 1_000_000))
    }

    /// D#11: a one-sided range never inverts ("501+" with max 20 used to give 501…20).
    @Test func neverInvertsARange() {
        let who = PatternFactory.who(baseline: 0.1, size: size("501+", rate: 0.5))
        let onlyMax = refine(ICPCriteria(employeeMax: 20), who)
        #expect(onlyMax.criteria == ICPCriteria(employeeMax: 20))
        #expect(onlyMax.log == nil)
        let onlyMin = refine(ICPCriteria(employeeMin: 40), PatternFactory.who(baseline: 0.1, size: size("16-30", rate: 0.5)))
        #expect(onlyMin.log == nil)
        let narrowed = refine(ICPCriteria(employeeMax: 600), who)
        #expect((narrowed.criteria.employeeMin, narrowed.criteria.employeeMax) == (501, 600))
    }

    /// D#11: the 1.2× check uses the WHO baseline.
    @Test func sweetSpotMustBeatTheBaseline() {
        #expect(refine(ICPCriteria(), PatternFactory.who(baseline: 0.4, size: size("16-30", rate: 0.45))).log == nil)
        #expect(refine(ICPCriteria(), PatternFactory.who(baseline: 0.4, size: size("16-30", rate: 0.5))).refinementCount == 1)
        #expect(refine(ICPCriteria(), PatternFactory.who(baseline: 0.4, size: size(nil, rate: 0))).log == nil)
        #expect(refine(ICPCriteria(), PatternFactory.who(baseline: 0.4, size: size("small", rate: 0.9))).log == nil)
    }

    @Test func lockedFieldsAreRespected() {
        let who = PatternFactory.who(baseline: 0.1, titles: rankedTitles,
                                     industries: [WhoPattern.IndustryRanking(industry: "SaaS", conversionRate: 0.3, sample: 10, lift: 3)],
                                     size: size("16-30", rate: 0.5))
        let base = ICPCriteria(titles: ["VP"], industries: ["Retail"], employeeMin: 1, employeeMax: 100)
        let all = refine(base, who)
        #expect(all.fieldsRefined == ["titles", "industries", "company_size"])
        #expect(all.refinementCount == 3)
        let locked = refine(base, who, locked: ["titles", "employee_max"])
        #expect(locked.fieldsRefined == ["industries"])
        #expect(locked.criteria.titles == ["VP"])
        #expect(locked.criteria.employeeMin == 1 && locked.criteria.employeeMax == 100)
    }

    @Test func refinesFromAStoredRow() throws {
        let who = PatternFactory.who(titles: rankedTitles)
        let row = ConversionPattern(id: patternId, clientId: Fixtures.clientId, patternType: .who,
                                    patterns: try JSONValue(encoding: who), sampleSize: 100, confidence: 0.8,
                                    computedAt: Fixtures.now, validUntil: Fixtures.now.adding(days: 14))
        let result = try refinement.refine(ICPCriteria(titles: ["ceo"]), with: row, at: Fixtures.now)
        #expect(result.criteria.titles == ["Head Of Growth", "ceo"])
        #expect(result.log?.patternId == patternId)
        #expect(result.log?.clientId == Fixtures.clientId)
    }
}
