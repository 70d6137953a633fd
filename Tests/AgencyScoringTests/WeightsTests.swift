import AgencyCore
import AgencyOS
import Testing
@testable import AgencyScoring

/// Default and learned weights (§4, §5, §10): the worked example, the exhaustive
/// default-weight identity, and fallback with a recorded reason.
@Suite struct WeightsTests {
    /// DQ 7 (unverified email 4 + unverified phone 3), AUTH 7 (manager), FIT 19 (industry 10,
    /// 51–200 employees 5, US 4), TIMING 5 (hiring), RISK 15.
    static let exampleLead = Fixture.bare {
        $0.email = "jane@example.com"
        $0.phone = "+15550100"
        $0.title = "Marketing Manager"
        $0.organizationIndustry = "Software"
        $0.organizationEmployeeCount = 120
        $0.organizationCountry = "US"
        $0.organizationIsHiring = true
    }

    @Test func learnedWeightsExampleScores49() throws {
        let weights = try Fixture.weights(0.15, 0.30, 0.25, 0.20, 0.10)
        let configuration = ALSScoringConfiguration(today: Fixture.today, weights: .learned(weights))
        let score = Fixture.score(Self.exampleLead, configuration: configuration)
        #expect(score.points == ALSPoints(dataQuality: 7, authority: 7, companyFit: 19, timing: 5, risk: 15))
        #expect(score.total == 49)
        #expect(abs(score.unclampedTotal - 49.325) < 1e-9)
        #expect(score.weights.source == .learned)
        #expect(score.explanation.weightSource == .learned)
    }

    @Test func defaultWeightsGiveThePlainSum() {
        let score = Fixture.score(Self.exampleLead)
        #expect(score.total == 53)
        #expect(score.weights.source == .default)
        #expect(ALSWeights.defaults.dictionary == [
            "data_quality": 0.20, "authority": 0.25, "company_fit": 0.25, "timing": 0.15, "risk": 0.15,
        ])
    }

    /// §4: over every combination of component points, default weights give a weighted
    /// sum in [Σ points, Σ points + 0.5), so with any whole-point boost the total is exactly
    /// min(100, Σ points + boosts). The loop hoists the left-to-right partial sums; a seeded
    /// sample checks they are bit-for-bit what ``ALSArithmetic/weightedSum(_:_:)`` computes.
    @Test func defaultWeightsEqualPlainSumExhaustively() {
        let weights = WeightVector(.defaults)
        func column(_ component: ALSComponent, _ weight: Double) -> [Double] {
            (0...component.maximumPoints).map { ALSArithmetic.weighted($0, component, weight) }
        }
        let dqs = column(.dataQuality, weights.dataQuality), auths = column(.authority, weights.authority)
        let fits = column(.companyFit, weights.companyFit), timings = column(.timing, weights.timing)
        let risks = column(.risk, weights.risk)
        var mismatches = 0
        var combinations = 0
        for dq in dqs.indices {
            let s1 = 0.0 + dqs[dq]
            for auth in auths.indices {
                let s2 = s1 + auths[auth]
                for fit in fits.indices {
                    let s3 = s2 + fits[fit]
                    for timing in timings.indices {
                        let s4 = s3 + timings[timing]
                        let base = dq + auth + fit + timing
                        for risk in risks.indices {
                            let weighted = s4 + risks[risk]
                            let sum = Double(base + risk)
                            if !(weighted >= sum && weighted < sum + 0.5) { mismatches += 1 }
                            combinations += 1
                        }
                    }
                }
            }
        }
        #expect(combinations == 21 * 26 * 26 * 16 * 16)
        #expect(mismatches == 0)

        var rng = SeededGenerator(seed: 4)
        for _ in 0..<5_000 {
            let points = ALSPoints(
                dataQuality: Int.random(in: 0...20, using: &rng), authority: Int.random(in: 0...25, using: &rng),
                companyFit: Int.random(in: 0...25, using: &rng), timing: Int.random(in: 0...15, using: &rng),
                risk: Int.random(in: 0...15, using: &rng))
            let hoisted = 0.0 + dqs[points.dataQuality] + auths[points.authority] + fits[points.companyFit]
                + timings[points.timing] + risks[points.risk]
            let weighted = ALSArithmetic.weightedSum(points, weights)
            #expect(weighted == hoisted)
            for boost in [0, 7, 15, 25] {
                #expect(ALSArithmetic.total(weightedSum: weighted, buyerBoost: boost, linkedInBoost: 0).total
                        == min(100, points.sum + boost))
            }
        }
    }

    @Test func clientLearnedWeightsAreUsed() throws {
        let client = Client(name: "Agency", icpIndustries: ["Software"], alsLearnedWeights: [
            "data_quality": 0.15, "authority": "0.30", "company_fit": 0.25, "timing": 0.20, "risk": 0.10,
        ])
        let configuration = ALSScoringConfiguration(client: client, today: Fixture.today)
        #expect(configuration.weights.source == .learned)
        #expect(configuration.weights.fallbackReason == nil)
        #expect(configuration.targetIndustries == ["Software"])
        #expect(Fixture.score(Self.exampleLead, configuration: configuration).total == 49)
    }

    @Test(arguments: [
        ("missing key", ["data_quality": 0.25, "authority": 0.25, "company_fit": 0.25, "timing": 0.25] as JSONValue),
        ("out of bounds", ["data_quality": 0.6, "authority": 0.1, "company_fit": 0.1, "timing": 0.1, "risk": 0.1]),
        ("bad sum", ["data_quality": 0.2, "authority": 0.2, "company_fit": 0.2, "timing": 0.2, "risk": 0.3]),
        ("non-number", ["data_quality": "high", "authority": 0.25, "company_fit": 0.25, "timing": 0.15, "risk": 0.15]),
        ("boolean", ["data_quality": true, "authority": 0.25, "company_fit": 0.25, "timing": 0.15, "risk": 0.15]),
        ("unknown key", ["data_quality": 0.2, "authority": 0.25, "company_fit": 0.25, "timing": 0.15, "risk": 0.15,
                         "recency": 0.1]),
        ("integer percentages", ["data_quality": 20, "authority": 25, "company_fit": 25, "timing": 15, "risk": 15]),
        ("not an object", [0.2, 0.25, 0.25, 0.15, 0.15]),
    ] as [(String, JSONValue)])
    func invalidLearnedWeightsFallBackWithReason(label: String, json: JSONValue) throws {
        let client = Client(name: "Agency", alsLearnedWeights: json)
        let configuration = ALSScoringConfiguration(client: client, today: Fixture.today)
        #expect(configuration.weights.source == .default, "\(label)")
        #expect(configuration.weights.weights == .defaults)
        let reason = try #require(configuration.weights.fallbackReason, "\(label)")
        let score = Fixture.score(Fixture.lead, configuration: configuration)
        #expect(score.total == 100)
        #expect(score.explanation.weightFallbackReason == reason.description)
    }

    @Test func fallbackReasonsAreTyped() {
        #expect(ALSWeightSelection(learned: ["data_quality": 0.25, "authority": 0.25, "company_fit": 0.25, "timing": 0.25])
            .fallbackReason == .missingComponent(.risk))
        let badSum = ALSWeightSelection(learned: ["data_quality": 0.2, "authority": 0.2, "company_fit": 0.2, "timing": 0.2,
                                                  "risk": 0.3]).fallbackReason
        guard case .badSum(let sum)? = badSum else {
            Issue.record("expected badSum, got \(String(describing: badSum))")
            return
        }
        #expect(abs(sum - 1.1) < 1e-9)
        let outOfBounds = ALSWeightSelection(learned: ["data_quality": 0.04, "authority": 0.36, "company_fit": 0.25,
                                                       "timing": 0.2, "risk": 0.15]).fallbackReason
        guard case .outOfBounds(component: .dataQuality, _)? = outOfBounds else {
            Issue.record("expected outOfBounds(data_quality), got \(String(describing: outOfBounds))")
            return
        }
        #expect(ALSWeightSelection(learned: ["data_quality": "x", "authority": 0.25, "company_fit": 0.25, "timing": 0.15,
                                             "risk": 0.15]).fallbackReason == .notANumber(component: "data_quality"))
    }

    @Test(arguments: [nil, JSONValue.null, JSONValue.emptyObject])
    func absentLearnedWeightsGiveDefaultsWithoutReason(json: JSONValue?) {
        let selection = ALSWeightSelection(learned: json)
        #expect(selection == .defaults)
        #expect(selection.fallbackReason == nil)
    }

    @Test func weightsUsedAreRecorded() throws {
        let weights = try Fixture.weights(0.15, 0.30, 0.25, 0.20, 0.10)
        let score = Fixture.score(Self.exampleLead,
                                  configuration: ALSScoringConfiguration(today: Fixture.today, weights: .learned(weights)))
        let lead = Self.exampleLead.recording(score, scoredAt: .unassigned)
        #expect(lead.alsWeightsUsed == ["data_quality": 0.15, "authority": 0.30, "company_fit": 0.25, "timing": 0.20, "risk": 0.10])
    }
}
