import AgencyOS

extension WhoDetector {
    /// The three objection aggregations over every live lead with objections (no window).
    static func objectionPatterns(_ leads: [Lead]) -> WhoPattern.ObjectionPatterns {
        struct PairKey: Hashable { let industry: String?; let objection: String }
        struct SizeKey: Hashable { let segment: String; let objection: String }
        var pairs = Counter<PairKey>()
        var bySize = Counter<SizeKey>()
        var overall = Counter<String>()
        var leadsPerObjection: [String: Int] = [:]
        for index in leads.indices {
            guard leads[index].deletedAt == nil, let objections = leads[index].objectionsRaised, !objections.isEmpty else {
                continue
            }
            let lead = leads[index]
            let segment = lead.organizationEmployeeCount.map { $0 <= 50 ? "small" : $0 <= 250 ? "medium" : "large" }
            var seen = Set<String>()
            for objection in objections {
                pairs.add(PairKey(industry: lead.organizationIndustry, objection: objection))
                if let segment { bySize.add(SizeKey(segment: segment, objection: objection)) }
                overall.add(objection)
                if seen.insert(objection).inserted { leadsPerObjection[objection, default: 0] += 1 }
            }
        }
        var byIndustry: [String: [WhoPattern.ObjectionCount]] = [:]
        for (key, count) in pairs.sortedByCount().prefix(20) {
            guard let industry = key.industry, !industry.isEmpty else { continue }
            byIndustry[industry, default: []].append(WhoPattern.ObjectionCount(objection: key.objection, count: count))
        }
        var byCompanySize: [String: [WhoPattern.ObjectionCount]] = [:]
        for (key, count) in bySize.sortedByCount() {
            byCompanySize[key.segment, default: []].append(WhoPattern.ObjectionCount(objection: key.objection, count: count))
        }
        let distribution = overall.sortedByCount().map {
            WhoPattern.ObjectionTotal(objection: $0.key, count: $0.count, uniqueLeads: leadsPerObjection[$0.key] ?? 0)
        }
        return WhoPattern.ObjectionPatterns(byIndustry: byIndustry, byCompanySize: byCompanySize,
                                            overallDistribution: distribution)
    }
}

/// Counts keyed by value, remembering first-seen order.
struct Counter<Key: Hashable> {
    private var positions: [Key: Int] = [:]
    private(set) var keys: [Key] = []
    private(set) var counts: [Int] = []

    mutating func add(_ key: Key, _ amount: Int = 1) {
        if let position = positions[key] {
            counts[position] += amount
        } else {
            positions[key] = keys.count
            keys.append(key)
            counts.append(amount)
        }
    }

    /// (key, count) by count descending; ties keep first-seen order.
    func sortedByCount() -> [(key: Key, count: Int)] {
        zip(keys, counts).map { (key: $0.0, count: $0.1) }.stablySorted(by: { Double($0.count) })
    }
}
