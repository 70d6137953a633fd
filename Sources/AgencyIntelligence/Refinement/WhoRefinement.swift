import AgencyCore
import AgencyOS

/// The result of refining ICP criteria from a WHO pattern.
public struct ICPRefinementResult: Hashable, Sendable {
    /// The criteria to search with (the base criteria when nothing applied).
    public var criteria: ICPCriteria
    /// Each refinement applied, in order (titles, industries, company size).
    public var refinements: [ICPRefinement]
    /// The audit row to write, when at least one refinement applied.
    public var log: IcpRefinementLog?

    /// Creates a result.
    public init(criteria: ICPCriteria, refinements: [ICPRefinement], log: IcpRefinementLog?) {
        self.criteria = criteria
        self.refinements = refinements
        self.log = log
    }

    /// `refinement_count`: the number of refinements.
    public var refinementCount: Int { refinements.count }

    /// `fields_refined`: the non-empty fields refined, in order.
    public var fieldsRefined: [String] { refinements.map(\.field).filter { !$0.isEmpty } }
}

/// Sharpens a client's ICP search criteria with its WHO pattern (the reference's
/// `who_refinement_service`), as a pure function. The base criteria are never modified.
///
/// - Gate: pattern confidence ≥ 0.6 (only WHO patterns from ≥ 30 leads qualify).
/// - Titles ("boosted"): among the first 10 title rankings, those with lift ≥ 1.2 and
///   sample ≥ 5 not already in the base (case-insensitive, trimmed); the first 5 go in front.
/// - Industries ("prioritized"): qualifying industries (lift ≥ 1.2, sample ≥ 5) are put
///   first, or added (3) when none of the base matches, or used (5) when the base is empty.
/// - Company size ("narrowed_to_sweet_spot"): narrowed to the WHO sweet spot when it converts
///   ≥ 1.2× the WHO baseline (the reference read a key WHO never writes, so its check never
///   ran, D#11). The result is never an inverted range: a sweet spot that does not overlap a
///   one-sided base bound leaves the size unchanged, as for two-sided bounds.
/// - Locked fields (`clients.targeting_locked_fields`: titles, industries, employee_min,
///   employee_max) are left alone; locking either employee field disables the size step.
public struct WhoRefinement: Sendable {
    /// Minimum pattern confidence (0.6).
    public var minimumConfidence: Double
    /// Minimum lift of a title, industry or sweet spot (1.2).
    public var minimumLift: Double
    /// Titles added / industries used at most (5).
    public var maximumItems: Int

    /// A refinement with the reference's thresholds.
    public init(minimumConfidence: Double = 0.6, minimumLift: Double = 1.2, maximumItems: Int = 5) {
        self.minimumConfidence = minimumConfidence
        self.minimumLift = minimumLift
        self.maximumItems = maximumItems
    }

    /// Refines `base` with a stored WHO pattern row.
    ///
    /// - Throws: `DecodingError` when the row's JSON is not a WHO pattern.
    public func refine(_ base: ICPCriteria, with row: ConversionPattern, lockedFields: [String] = [],
                       at now: Timestamp) throws -> ICPRefinementResult {
        let pattern = try row.patterns.decode(as: WhoPattern.self)
        return refine(base, with: pattern, confidence: row.confidence, patternId: row.id, clientId: row.clientId,
                      lockedFields: lockedFields, at: now)
    }

    /// Refines `base` with a WHO pattern of the given confidence; the log row names `patternId`.
    public func refine(_ base: ICPCriteria, with pattern: WhoPattern, confidence: Double, patternId: ID<ConversionPattern>,
                       clientId: ID<Client>, lockedFields: [String] = [], at now: Timestamp) -> ICPRefinementResult {
        guard confidence >= minimumConfidence else { return ICPRefinementResult(criteria: base, refinements: [], log: nil) }
        let locked = Set(lockedFields)
        var refined = base
        var refinements: [ICPRefinement] = []
        if !locked.contains("titles"), let added = boostedTitles(base.titles ?? [], pattern.titleRankings) {
            refined.titles = added + (base.titles ?? [])
            refinements.append(ICPRefinement(field: "titles", action: "boosted", added: added,
                                             reason: "High-converting titles from WHO patterns"))
        }
        if !locked.contains("industries"), let (industries, top) = prioritizedIndustries(base.industries ?? [],
                                                                                          pattern.industryRankings) {
            refined.industries = industries
            refinements.append(ICPRefinement(field: "industries", action: "prioritized", prioritized: top,
                                             reason: "High-converting industries from WHO patterns"))
        }
        if !locked.contains("employee_min"), !locked.contains("employee_max"),
           let size = sweetSpot(base, pattern.sizeAnalysis, baseline: pattern.baselineConversionRate) {
            refined.employeeMin = size.minimum
            refined.employeeMax = size.maximum
            refinements.append(ICPRefinement(field: "company_size", action: "narrowed_to_sweet_spot", sweetSpot: size.label,
                                             reason: "Sweet spot range has \(OutputRounding.percent(size.rate)) conversion"))
        }
        guard !refinements.isEmpty else { return ICPRefinementResult(criteria: base, refinements: [], log: nil) }
        let log = IcpRefinementLog(clientId: clientId, patternId: patternId, baseCriteria: base, refinedCriteria: refined,
                                   refinementsApplied: refinements, confidence: confidence, appliedAt: now)
        return ICPRefinementResult(criteria: refined, refinements: refinements, log: log)
    }

    func boostedTitles(_ base: [String], _ rankings: [WhoPattern.TitleRanking]) -> [String]? {
        let existing = Set(base.map(Self.key))
        let added = rankings.prefix(10)
            .filter { $0.lift >= minimumLift && $0.sample >= SegmentMinimum.standard && !existing.contains(Self.key($0.title)) }
            .map(\.title)
        return added.isEmpty ? nil : Array(added.prefix(maximumItems))
    }

    func prioritizedIndustries(_ base: [String], _ rankings: [WhoPattern.IndustryRanking]) -> ([String], [String])? {
        let qualified = rankings.prefix(10)
            .filter { $0.lift >= minimumLift && $0.sample >= SegmentMinimum.standard && !$0.industry.isEmpty }
            .map(\.industry)
        guard !qualified.isEmpty else { return nil }
        guard !base.isEmpty else {
            let top = Array(qualified.prefix(maximumItems))
            return (top, top)
        }
        let qualifiedKeys = Set(qualified.map(Self.key))
        let matches = base.filter { qualifiedKeys.contains(Self.key($0)) }
        guard !matches.isEmpty else {
            let top = Array(qualified.prefix(3))
            return (top + base, top)
        }
        return (matches + base.filter { !qualifiedKeys.contains(Self.key($0)) }, matches)
    }

    func sweetSpot(_ base: ICPCriteria, _ analysis: WhoPattern.SizeAnalysis,
                   baseline: Double) -> (label: String, rate: Double, minimum: Int, maximum: Int)? {
        guard let label = analysis.sweetSpot, !label.isEmpty, analysis.sweetSpotRate > 0,
              let range = Self.parseRange(label) else { return nil }
        if baseline > 0, analysis.sweetSpotRate / baseline < minimumLift { return nil }
        let bounds: (Int, Int)
        switch (base.employeeMin, base.employeeMax) {
        case let (minimum?, maximum?): bounds = (max(minimum, range.0), min(maximum, range.1))
        case (nil, nil): bounds = range
        case let (minimum?, nil): bounds = (max(minimum, range.0), range.1)
        case let (nil, maximum?): bounds = (range.0, min(maximum, range.1))
        }
        guard bounds.0 <= bounds.1, bounds.0 != base.employeeMin || bounds.1 != base.employeeMax else { return nil }
        return (label, analysis.sweetSpotRate, bounds.0, bounds.1)
    }

    /// `"N+"` → (N, 1 000 000); `"a-b"` → (a, b); anything else → `nil`.
    static func parseRange(_ label: String) -> (Int, Int)? {
        if label.hasSuffix("+"), let low = Int(label.dropLast()) { return (low, 1_000_000) }
        let parts = label.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let low = Int(parts[0]), let high = Int(parts[1]) else { return nil }
        return (low, high)
    }

    static func key(_ text: String) -> String {
        RuleBasedSuggestionGenerator.folded(text)
    }
}
