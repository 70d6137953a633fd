import AgencyCore
import AgencyOS

/// How the data-quality email signal fired.
enum EmailEvidence: Hashable, Sendable {
    case none
    /// Lead path: `email_verified` (8, even without an address).
    case verifiedFlag
    /// Lead path: an address, not verified (4).
    case present
    /// Pool path: the `email_status` (verified 8, catch_all 5, guessed 3, other 2).
    case status(EmailStatus)
}

/// How the data-quality phone signal fired.
enum PhoneEvidence: Hashable, Sendable {
    case none
    /// Lead path: phone present and verified (6).
    case verified
    /// Lead path: phone present, not verified (3).
    case unverified
    /// Pool path: phone present (6).
    case present
}

/// Where the authority points came from.
enum AuthorityEvidence: Hashable, Sendable {
    case none
    case title(ALSTitleKeyword)
    case otherTitle
    case assistantRole(ALSAssistantRoleWord)
    case seniority(ALSSeniorityLevel)
}

/// The lead values a score quotes in its explanation (copies of the lead's strings: no
/// allocation, only reference counts). Contact details (email, phone, URLs) are never
/// quoted: explanations are stored in `als_components` and must not duplicate personal data.
struct QuotedInputs: Hashable, Sendable {
    var title: String?
    var seniority: String?
    var industry: String?
    var employees: Int?
    var country: String?
    var roleStart: LocalDate?
    var fundingDate: LocalDate?
    var bounceCount: Int?
    var poolStatus: PoolStatus?
    var domain: String?
}

/// Every signal's points and what triggered it: the single source both the score and its
/// explanation are computed from, so the two cannot disagree.
struct ALSEvidence: Hashable, Sendable {
    var email = EmailEvidence.none
    var emailPoints = 0
    var phone = PhoneEvidence.none
    var phonePoints = 0
    var linkedInURLPoints = 0
    var personalEmailPoints = 0

    var authority = AuthorityEvidence.none
    var authorityPoints = 0

    var industryTarget: String?
    var industryPoints = 0
    var employeePoints = 0
    var countryGroup: ALSCountryGroup?
    var countryPoints = 0

    var roleDays: Int?
    var newRolePoints = 0
    var hiringPoints = 0
    var fundingDays: Int?
    var fundingPoints = 0

    var bouncedPoints = 0
    var poolStatusPoints = 0
    var unsubscribedPoints = 0
    var competitorPoints = 0
    var badTitleWord: ALSAssistantRoleWord?
    var badTitlePoints = 0

    var buyer: ALSBuyerSignal?
    var buyerPoints = 0
    var linkedIn: ALSLinkedInActivity?
    var linkedInPoints = LinkedInBoostEvidence()

    var inputs = QuotedInputs()

    /// The risk component's starting points, from which deductions are taken.
    static let riskBase = 15

    var points: ALSPoints {
        ALSPoints(
            dataQuality: min(ALSComponent.dataQuality.maximumPoints,
                             emailPoints + phonePoints + linkedInURLPoints + personalEmailPoints),
            authority: min(ALSComponent.authority.maximumPoints, authorityPoints),
            companyFit: min(ALSComponent.companyFit.maximumPoints, industryPoints + employeePoints + countryPoints),
            timing: min(ALSComponent.timing.maximumPoints, newRolePoints + hiringPoints + fundingPoints),
            risk: max(0, Self.riskBase + bouncedPoints + poolStatusPoints + unsubscribedPoints + competitorPoints
                      + badTitlePoints))
    }
}
