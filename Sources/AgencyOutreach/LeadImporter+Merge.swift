import AgencyCore
import AgencyOS

extension LeadImporter {
    /// The profile fields an import may fill or replace; everything else of an existing lead
    /// (identity, campaign, status, scores, outreach history, suppression and rejection
    /// state) is kept.
    static let mergeableFields: [WritableKeyPath<Lead, String?> & Sendable] = [
        \.phone, \.firstName, \.lastName, \.title, \.company, \.linkedinUrl, \.domain, \.organizationIndustry,
        \.organizationCountry, \.organizationWebsite, \.organizationLinkedinUrl, \.personalEmail, \.seniorityLevel,
        \.timezone,
    ]

    /// `incoming` merged into `existing` by `policy`.
    static func merge(_ incoming: Lead, into existing: Lead, policy: LeadMergePolicy) -> Lead {
        var merged = existing
        func take<V: Equatable>(_ path: WritableKeyPath<Lead, V?>) {
            guard let value = incoming[keyPath: path] else { return }
            if let text = value as? String, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return }
            if policy == .overwrite || existing[keyPath: path] == nil { merged[keyPath: path] = value }
        }
        for field in mergeableFields { take(field) }
        take(\.organizationEmployeeCount)
        take(\.organizationFoundedYear)
        take(\.organizationIsHiring)
        take(\.organizationLatestFundingDate)
        take(\.employmentStartDate)
        take(\.timezoneOffset)
        take(\.emailVerified)
        take(\.phoneVerified)
        return merged
    }
}
