import AgencyCore
import AgencyOS
import AgencyScoring
import Foundation

/// Deterministic, realistic `leads` rows: the same seed gives the same rows on every run.
///
/// Field frequencies follow a lived-in Agency OS database: most leads have a title,
/// company data and an enrichment record; about half are scored (with the ALS
/// columns and `als_components` signals a real scorer writes); a tenth carry SDK
/// enrichment JSONB; leads in a sequence have contact timestamps and assigned resources.
struct LeadFactory {
    /// How much of a row to fill.
    enum Shape {
        /// Every kind of column, as exported from a database (decode benchmark, samples).
        case exported
        /// A row ready to insert: no references the store cannot resolve (`lead_pool_id`),
        /// not soft-deleted, store-assigned columns left for the store, not scored.
        case insertable
    }

    static let today = LocalDate(year: 2026, month: 1, day: 23) ?? LocalDate(daysSinceEpoch: 20_476)
    static let now = Timestamp(year: 2026, month: 1, day: 23, hour: 9) ?? .unassigned

    private var random: SeededGenerator
    private let shape: Shape
    private let scorer = ALSScorer(configuration: ALSScoringConfiguration(today: LeadFactory.today))

    init(seed: UInt64, shape: Shape) {
        random = SeededGenerator(seed: seed)
        self.shape = shape
    }

    static let firstNames = ["Olivia", "Jack", "Charlotte", "Noah", "Amelia", "William", "Isla", "Oliver", "Mia",
                             "Thomas", "Ava", "James", "Grace", "Lucas", "Chloe", "Henry", "Zoe", "Ethan", "Ruby", "Leo"]
    static let lastNames = ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Nguyen", "Johnson", "Martin",
                            "White", "Anderson", "Walker", "Thompson", "Harris", "Lee", "Ryan", "Robinson", "Kelly"]
    static let titles = ["CEO", "Founder & CEO", "Co-Founder", "Managing Director", "Director of Marketing",
                         "Head of Growth", "VP Sales", "Vice President of Operations", "Marketing Manager",
                         "Senior Manager, Partnerships", "Chief Operating Officer", "CFO", "Owner", "Team Lead",
                         "Account Executive", "Executive Assistant", "Operations Coordinator", "General Manager",
                         "Business Development Manager", "Digital Marketing Specialist"]
    static let seniorities = ["c_suite", "founder", "owner", "director", "vp", "manager", "senior", "entry"]
    static let industries = ["Software", "Information Technology & Services", "Marketing and Advertising", "SaaS",
                             "Construction", "Real Estate", "Hospital & Health Care", "Financial Services", "Retail",
                             "Professional Services", "Manufacturing", "Education", "Hospitality", "Logistics"]
    static let countries = ["Australia", "Australia", "Australia", "AU", "New Zealand", "United States", "USA",
                            "United Kingdom", "Singapore", "Canada"]
    static let companyStems = ["bright", "blue", "north", "peak", "swift", "true", "harbour", "iron", "clear", "green"]
    static let companyTails = ["loop", "wave", "stone", "field", "labs", "works", "point", "line", "forge", "path"]
    static let zones = [("Australia/Sydney", 660), ("Australia/Melbourne", 660), ("Australia/Brisbane", 600),
                        ("Australia/Perth", 480), ("Pacific/Auckland", 780), ("America/New_York", -300)]
    static let statuses: [(LeadStatus, Int)] = [(.new, 25), (.enriched, 20), (.scored, 20), (.inSequence, 25),
                                                (.converted, 4), (.unsubscribed, 3), (.bounced, 3)]

    private mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
    private mutating func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &random)] }
    private mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    private mutating func uuid() -> UUID { UUID.version4(using: &random) }

    /// A timestamp within the last `days` days before ``now``, with microseconds.
    private mutating func recent(days: Int) -> Timestamp {
        LeadFactory.now.adding(microseconds: -Int64.random(in: 0...(Int64(days) * 86_400_000_000), using: &random))
    }

    private mutating func status() -> LeadStatus {
        var roll = int(0...99)
        for (status, weight) in Self.statuses {
            if roll < weight { return status }
            roll -= weight
        }
        return .new
    }

    /// Lead number `index` of the given client and campaign (emails are unique per index).
    mutating func lead(_ index: Int, client: ID<Client>, campaign: ID<Campaign>) -> Lead {
        let first = pick(Self.firstNames), last = pick(Self.lastNames)
        let company = pick(Self.companyStems) + pick(Self.companyTails)
        let domain = company + (chance(60) ? ".com.au" : ".com")
        let status = status()
        let contacted = status == .inSequence || status == .converted || status == .unsubscribed || status == .bounced
        var lead = Lead(
            clientId: client, campaignId: campaign,
            email: "\(first.lowercased()).\(last.lowercased())\(index)@\(domain)",
            phone: chance(65) ? "+614\(int(10_000_000...99_999_999))" : nil, firstName: first, lastName: last,
            title: chance(90) ? pick(Self.titles) : nil, company: company.capitalized,
            linkedinUrl: chance(80) ? "https://www.linkedin.com/in/\(first.lowercased())-\(last.lowercased())-\(index)" : nil,
            domain: domain)
        lead.organizationIndustry = chance(85) ? pick(Self.industries) : nil
        lead.organizationEmployeeCount = chance(80) ? [int(1...4), int(5...50), int(51...200), int(201...5_000)][int(0...3)] : nil
        lead.organizationCountry = chance(90) ? pick(Self.countries) : nil
        lead.organizationFoundedYear = chance(60) ? int(1985...2024) : nil
        lead.organizationIsHiring = chance(70) ? chance(40) : nil
        lead.organizationLatestFundingDate = chance(40) ? Self.today.adding(days: -int(0...1_100)) : nil
        lead.organizationWebsite = "https://\(domain)"
        lead.organizationLinkedinUrl = chance(70) ? "https://www.linkedin.com/company/\(company)" : nil
        lead.employmentStartDate = chance(70) ? Self.today.adding(days: -int(0...1_800)) : nil
        lead.personalEmail = chance(20) ? "\(first.lowercased())\(index)@gmail.com" : nil
        lead.seniorityLevel = chance(60) ? pick(Self.seniorities) : nil
        lead.status = status
        lead.emailVerified = chance(75) ? chance(70) : nil
        lead.phoneVerified = lead.phone != nil && chance(60) ? chance(50) : nil
        lead.dncrChecked = lead.phone != nil && chance(50)
        lead.dncrResult = lead.dncrChecked ? chance(10) : nil
        lead.bounceCount = status == .bounced ? int(1...2) : 0
        if chance(80) {
            lead.enrichmentSource = pick(["apollo", "clay", "hunter", "manual"])
            lead.enrichmentConfidence = Double(int(50...100)) / 100
            lead.enrichmentVersion = "v2.\(int(0...4))"
            lead.enrichedAt = recent(days: 120)
        }
        if chance(20) {
            lead.deepResearchData = [
                "recent_posts": JSONValue(integerLiteral: int(0...12)),
                "talking_points": ["series A", "hiring SDRs", JSONValue(stringLiteral: pick(Self.industries))],
                "podcast": nil,
            ]
            lead.deepResearchRunAt = recent(days: 60)
        }
        if contacted {
            lead.currentSequenceStep = int(1...5)
            lead.nextOutreachAt = status == .inSequence ? Self.now.adding(hours: int(1...96)) : nil
            lead.lastContactedAt = recent(days: 30)
            lead.lastOpenedAt = chance(50) ? recent(days: 20) : nil
            lead.lastClickedAt = chance(15) ? recent(days: 20) : nil
            lead.lastRepliedAt = chance(20) ? recent(days: 10) : nil
            lead.replyCount = lead.lastRepliedAt == nil ? 0 : int(1...3)
            let zone = pick(Self.zones)
            lead.timezone = zone.0
            lead.timezoneOffset = zone.1
            lead.assignedEmailResource = "maya@mail.\(pick(Self.companyStems))-growth.com.au"
            lead.assignedLinkedinSeat = chance(50) ? "seat_\(int(1_000...9_999))" : nil
        }
        if chance(5) {
            lead.rejectionReason = pick(RejectionReason.allCases)
            lead.rejectionNotes = "Said \"maybe next quarter\""
            lead.rejectionAt = recent(days: 30)
        }
        lead.objectionsRaised = chance(10) ? ["already has an agency"] : nil
        if status == .converted {
            lead.meetingBooked = true
            lead.meetingBookedAt = recent(days: 14)
            lead.meetingId = uuid()
            if chance(40) {
                lead.dealId = uuid()
                lead.dealValue = SQLNumeric(Decimal(int(100_000...5_000_000)) / 100)
                lead.dealWon = chance(50)
            }
        }
        if chance(10) {
            lead.sdkEnrichment = ["funding": ["round": "series_a", "amount_aud": 12_000_000], "hiring": true]
            lead.sdkSignals = ["recent_funding_42d", "actively_hiring"]
            lead.sdkCostAud = SQLNumeric(Decimal(int(10...900)) / 10_000)
            lead.sdkEnrichedAt = recent(days: 30)
            lead.sdkEmailContent = ["subject": .string("Quick idea for \(company.capitalized)"), "body_variant": "b"]
        }
        switch shape {
        case .exported:
            lead.id = ID(uuid())
            lead.leadPoolId = chance(50) ? ID(uuid()) : nil
            lead.assignmentId = lead.leadPoolId == nil ? nil : uuid()
            lead.createdAt = recent(days: 365)
            lead.updatedAt = lead.createdAt.adding(microseconds: Int64(int(0...1_000_000_000)))
            lead.deletedAt = chance(2) ? recent(days: 5) : nil
            if status != .new && status != .enriched && chance(90) {
                lead.record(scorer.score(lead), scoredAt: recent(days: 20))
            }
        case .insertable:
            break
        }
        return lead
    }
}
