import AgencyCore
import AgencyOS

/// SDK (paid research) gates: SDK email and voice knowledge base for every hot lead, SDK
/// enrichment for hot leads that show at least one signal.
public enum SDKEligibility {
    /// The lowest score that counts as hot for SDK use.
    public static let minimumScore = ALSTier.hot.minimumScore

    /// Whether SDK email may be written for a lead with `score` (`nil` counts as 0).
    public static func allowsSDKEmail(score: Int?) -> Bool { (score ?? 0) >= minimumScore }

    /// Whether an SDK voice knowledge base may be built for a lead with `score`.
    public static func allowsSDKVoiceKnowledgeBase(score: Int?) -> Bool { (score ?? 0) >= minimumScore }

    /// The SDK-enrichment decision for a `leads` row.
    ///
    /// Completeness counts the Lead columns that exist (names, email, title, LinkedIn URL,
    /// company, domain, industry, employee count, hiring); the reference's LinkedIn
    /// headline/about/posts, funding stage, technologies, enrichment data, pain points and
    /// icebreakers have no Lead column and count as empty.
    public static func enrichment(for lead: Lead, today: LocalDate, inputs: SDKSignalInputs = SDKSignalInputs())
        -> SDKEnrichmentDecision
    {
        decide(
            score: lead.alsScore, completenessHalfUnits: completenessHalfUnits(of: lead),
            employees: lead.organizationEmployeeCount, title: lead.title,
            fundingDate: lead.organizationLatestFundingDate, hiring: lead.organizationIsHiring, today: today,
            inputs: inputs)
    }

    /// The SDK-enrichment decision for a `lead_pool` row.
    public static func enrichment(for lead: LeadPool, today: LocalDate, inputs: SDKSignalInputs = SDKSignalInputs())
        -> SDKEnrichmentDecision
    {
        decide(
            score: lead.alsScore, completenessHalfUnits: completenessHalfUnits(of: lead),
            employees: lead.companyEmployeeCount, title: lead.title, fundingDate: lead.companyLatestFundingDate,
            hiring: lead.companyIsHiring, today: today, inputs: inputs)
    }

    /// A lead's data completeness, 0–1 rounded to 2 decimals (weighted share of non-empty
    /// fields out of 23.5).
    public static func dataCompleteness(of lead: Lead) -> Double {
        Double(hundredths(completenessHalfUnits(of: lead))) / 100
    }

    /// A pool lead's data completeness, 0–1 rounded to 2 decimals.
    public static func dataCompleteness(of lead: LeadPool) -> Double {
        Double(hundredths(completenessHalfUnits(of: lead))) / 100
    }

    /// The executive keywords of the reference, matched as whole words and phrases.
    public static let executiveKeywords = [
        "ceo", "chief executive", "founder", "co-founder", "cofounder", "vp", "vice president", "director", "head of",
        "svp", "evp", "cto", "cfo", "cmo", "coo", "cpo", "ciso", "chief", "president", "owner", "partner",
        "managing director",
    ]

    private static let executivePhrases = executiveKeywords.map { TextScan.words(of: $0) }

    /// Whether `title` is an executive title: an executive keyword as a whole word or
    /// phrase ("coo" does not match "Coordinator"), and not an assistant-type role.
    public static func isExecutiveTitle(_ title: String?) -> Bool {
        guard let title else { return false }
        guard TitleMatcher.analyse(title).assistantWord == nil else { return false }
        return TextScan.withWords(of: title) { words in
            executivePhrases.contains { phrase in
                phrase.withUnsafeBufferPointer { TextScan.contains(words, run: $0) }
            }
        }
    }

    // MARK: - Rules

    private static let totalHalfUnits = 47  // 23.5 in half points

    private static func hundredths(_ halfUnits: Int) -> Int { (200 * halfUnits + totalHalfUnits) / (2 * totalHalfUnits) }

    private static func present(_ text: String?) -> Bool { !TextScan.isBlank(text) }

    private static func completenessHalfUnits(of lead: Lead) -> Int {
        var units = 0
        for text in [lead.firstName, lead.lastName, lead.email, lead.title, lead.linkedinUrl] where present(text) { units += 4 }
        for text in [lead.company, lead.domain, lead.organizationIndustry] where present(text) { units += 3 }
        if let count = lead.organizationEmployeeCount, count != 0 { units += 3 }
        if lead.organizationIsHiring == true { units += 2 }
        return units
    }

    private static func completenessHalfUnits(of lead: LeadPool) -> Int {
        var units = 0
        for text in [lead.firstName, lead.lastName, lead.email, lead.title, lead.linkedinUrl] where present(text) { units += 4 }
        for text in [lead.companyName, lead.companyDomain, lead.companyIndustry] where present(text) { units += 3 }
        if let count = lead.companyEmployeeCount, count != 0 { units += 3 }
        if present(lead.linkedinHeadline) { units += 2 }
        if lead.companyIsHiring == true { units += 2 }
        if present(lead.companyLatestFundingStage) { units += 2 }
        if let technologies = lead.companyTechnologies, !technologies.isEmpty { units += 2 }
        switch lead.enrichmentData {
        case .object(let members)? where !members.isEmpty: units += 1
        case .array(let items)? where !items.isEmpty: units += 1
        case .string(let text)? where present(text): units += 1
        default: break
        }
        return units
    }

    private static func decide(
        score: Int?, completenessHalfUnits: Int, employees: Int?, title: String?, fundingDate: LocalDate?,
        hiring: Bool?, today: LocalDate, inputs: SDKSignalInputs
    ) -> SDKEnrichmentDecision {
        guard (score ?? 0) >= minimumScore else {
            return SDKEnrichmentDecision(isEligible: false, score: score, signals: [])
        }
        var signals: [SDKEnrichmentSignal] = []
        let percent = hundredths(completenessHalfUnits)
        if percent < 50 { signals.append(.sparseData(percent: percent)) }
        if let employees, employees >= 500 { signals.append(.enterprise(employees: employees)) }
        if let title, isExecutiveTitle(title) { signals.append(.executiveTitle(title)) }
        if let fundingDate {
            let days = today.days(since: fundingDate)
            if (0...90).contains(days) { signals.append(.recentFunding(days: days)) }
        }
        if let roles = inputs.openRoles, roles >= 3 {
            signals.append(.hiringRoles(roles))
        } else if hiring == true {
            signals.append(.activelyHiring)
        }
        if let match = inputs.techStackMatch, match > 0.8 { signals.append(.techStackMatch(percent: Int(match * 100))) }
        if let engagement = inputs.linkedInEngagement, engagement > 70 { signals.append(.linkedInEngagement(engagement)) }
        if let source = inputs.source, source.lowercased() == "referral" { signals.append(.referral) }
        return SDKEnrichmentDecision(isEligible: !signals.isEmpty, score: score, signals: signals)
    }
}
