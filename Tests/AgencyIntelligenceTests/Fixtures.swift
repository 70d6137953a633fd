import AgencyCore
import AgencyIntelligence
import AgencyOS
import Foundation

/// Shared inputs of the intelligence tests.
enum Fixtures {
    /// 2026-01-23 10:15:30 UTC, a Friday.
    static let now = Timestamp(year: 2026, month: 1, day: 23, hour: 10, minute: 15, second: 30) ?? .unassigned
    static let clientId = ID<Client>(UUID(uuidString: "6f1c2a3e-1111-4a4a-8b8b-000000000002") ?? UUID())
    static let campaignId = ID<Campaign>(UUID(uuidString: "6f1c2a3e-1111-4a4a-8b8b-000000000003") ?? UUID())

    /// 30 000 leads with the standard planted effects plus founder, hiring and CTA effects.
    static let planted: SyntheticDataset = SyntheticDataGenerator(configuration: SyntheticConfiguration(
        seed: 7, leadCount: 30_000, touchesPerLead: 3...5, baseConversionRate: 0.12,
        effects: PlantedEffects(
            segments: [SegmentEffect(title: "CEO", industry: "SaaS", multiplier: 3),
                       SegmentEffect(title: "Founder", multiplier: 2)],
            timing: [TimingEffect(isoWeekday: 2, hours: 9..<10, multiplier: 2)],
            sequences: [SequenceEffect(sequence: .emailThenLinkedIn, multiplier: 2)],
            callsToAction: [CallToActionEffect(callToAction: "quick call", multiplier: 2)],
            hiringMultiplier: 1.5))).generate(now: now)

    /// 30 000 leads with no effect.
    static let neutral: SyntheticDataset = SyntheticDataGenerator(configuration: SyntheticConfiguration(
        seed: 11, leadCount: 30_000, touchesPerLead: 3...5, baseConversionRate: 0.12, effects: .none)).generate(now: now)

    /// A lead of the test client.
    static func lead(title: String? = nil, industry: String? = nil, employees: Int? = nil, status: LeadStatus,
                     createdDaysAgo: Int = 10) -> Lead {
        Lead(id: ID(UUID()), clientId: clientId, campaignId: campaignId, email: "\(UUID().uuidString)@example.com",
             title: title, organizationIndustry: industry, organizationEmployeeCount: employees, status: status,
             createdAt: now.adding(days: -createdDaysAgo))
    }
}
