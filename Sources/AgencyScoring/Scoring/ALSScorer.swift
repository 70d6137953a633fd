import AgencyCore
import AgencyOS

/// Computes Agency Lead Scores: pure, allocation-free per lead, safe to share across tasks.
///
/// Build one scorer per configuration (target industries, competitors, today, weights) and
/// call ``score(_:buyerSignal:)`` for `leads` rows or
/// ``score(_:buyerSignal:linkedInActivity:)`` for `lead_pool` rows. Keyword tables, the
/// industry list and the competitor set are prepared once, here.
public struct ALSScorer: Sendable {
    /// The configuration the scorer was built with.
    public let configuration: ALSScoringConfiguration
    let industries: IndustryMatcher
    let competitors: DomainSet
    let weightVector: WeightVector
    let weightsBox: WeightSelectionBox

    /// Prepares a scorer.
    public init(configuration: ALSScoringConfiguration) {
        self.configuration = configuration
        industries = IndustryMatcher(
            targets: configuration.targetIndustries, defaults: ALSScoringConfiguration.defaultTargetIndustries)
        competitors = DomainSet(configuration.competitorDomains)
        weightVector = WeightVector(configuration.weights.weights)
        weightsBox = WeightSelectionBox(configuration.weights)
    }

    /// The target industries in effect (the ICP's, or the defaults when it names none).
    public var effectiveTargetIndustries: [String] { industries.texts }

    /// Scores a `leads` row (the Lead path).
    ///
    /// - Parameter buyerSignal: The `platform_buyer_signals` row for the lead's domain, if
    ///   any; ignored when the lead has no domain.
    public func score(_ lead: Lead, buyerSignal: ALSBuyerSignal? = nil) -> ALSScore {
        var score = ALSScore(path: .lead, weights: weightsBox)
        score.evidence.inputs = QuotedInputs(
            title: lead.title, seniority: nil, industry: lead.organizationIndustry,
            employees: lead.organizationEmployeeCount, country: lead.organizationCountry,
            roleStart: lead.employmentStartDate, fundingDate: lead.organizationLatestFundingDate,
            bounceCount: lead.bounceCount, poolStatus: nil, domain: lead.domain)
        scoreLeadRules(lead, buyerSignal: buyerSignal, into: &score.evidence)
        complete(&score)
        return score
    }

    @inline(__always)
    func scoreLeadRules(_ lead: Lead, buyerSignal: ALSBuyerSignal?, into evidence: inout ALSEvidence) {
        if lead.emailVerified == true {
            evidence.email = .verifiedFlag
            evidence.emailPoints = 8
        } else if !TextScan.isBlank(lead.email) {
            evidence.email = .present
            evidence.emailPoints = 4
        }
        if !TextScan.isBlank(lead.phone) {
            let verified = lead.phoneVerified == true
            evidence.phone = verified ? .verified : .unverified
            evidence.phonePoints = verified ? 6 : 3
        }
        if !TextScan.isBlank(lead.linkedinUrl) { evidence.linkedInURLPoints = 4 }
        if !TextScan.isBlank(lead.personalEmail) { evidence.personalEmailPoints = 2 }

        let title = TitleMatcher.analyse(lead.title)
        scoreAuthority(title: title, seniority: nil, into: &evidence)
        scoreCompanyFit(
            industry: lead.organizationIndustry, employees: lead.organizationEmployeeCount,
            country: lead.organizationCountry, into: &evidence)

        if let start = lead.employmentStartDate {
            let days = configuration.today.days(since: start)
            evidence.roleDays = days
            evidence.newRolePoints = days < 180 ? 6 : (days < 360 ? 3 : 0)
        }
        scoreHiringAndFunding(
            hiring: lead.organizationIsHiring, funding: lead.organizationLatestFundingDate, into: &evidence)

        if lead.bounceCount > 0 { evidence.bouncedPoints = -10 }
        if lead.status == .unsubscribed { evidence.unsubscribedPoints = -15 }
        scoreSharedRisk(title: title, domain: lead.domain, into: &evidence)
        scoreBuyer(buyerSignal, domain: lead.domain, into: &evidence)
    }

    /// Scores a `lead_pool` row (the Pool path; also the assignment path when the
    /// configuration carries the client's weights).
    ///
    /// - Parameters:
    ///   - buyerSignal: The `platform_buyer_signals` row for `company_domain`, if any;
    ///     ignored when the lead has no company domain.
    ///   - linkedInActivity: LinkedIn data for the boost; when `nil` it is read from
    ///     `enrichment_data` (see ``ALSLinkedInActivity/init(enrichmentData:)``).
    public func score(
        _ lead: LeadPool, buyerSignal: ALSBuyerSignal? = nil, linkedInActivity: ALSLinkedInActivity? = nil
    ) -> ALSScore {
        var score = ALSScore(path: .pool, weights: weightsBox)
        score.evidence.inputs = QuotedInputs(
            title: lead.title, seniority: lead.seniority, industry: lead.companyIndustry,
            employees: lead.companyEmployeeCount, country: lead.companyCountry, roleStart: nil,
            fundingDate: lead.companyLatestFundingDate, bounceCount: nil, poolStatus: lead.poolStatus,
            domain: lead.companyDomain)
        scorePoolRules(lead, buyerSignal: buyerSignal, linkedInActivity: linkedInActivity, into: &score.evidence)
        complete(&score)
        return score
    }

    @inline(__always)
    func scorePoolRules(
        _ lead: LeadPool, buyerSignal: ALSBuyerSignal?, linkedInActivity: ALSLinkedInActivity?,
        into evidence: inout ALSEvidence
    ) {
        if let status = lead.emailStatus {
            evidence.email = .status(status)
            switch status {
            case .verified: evidence.emailPoints = 8
            case .catchAll: evidence.emailPoints = 5
            case .guessed: evidence.emailPoints = 3
            case .invalid, .unknown: evidence.emailPoints = 2
            }
        }
        if !TextScan.isBlank(lead.phone) {
            evidence.phone = .present
            evidence.phonePoints = 6
        }
        if !TextScan.isBlank(lead.linkedinUrl) { evidence.linkedInURLPoints = 4 }

        let title = TitleMatcher.analyse(lead.title)
        scoreAuthority(title: title, seniority: lead.seniority, into: &evidence)
        scoreCompanyFit(
            industry: lead.companyIndustry, employees: lead.companyEmployeeCount, country: lead.companyCountry,
            into: &evidence)
        scoreHiringAndFunding(hiring: lead.companyIsHiring, funding: lead.companyLatestFundingDate, into: &evidence)

        if lead.isBounced { evidence.bouncedPoints = -10 }
        if lead.poolStatus == .bounced || lead.poolStatus == .invalid { evidence.poolStatusPoints = -10 }
        if lead.isUnsubscribed { evidence.unsubscribedPoints = -15 }
        scoreSharedRisk(title: title, domain: lead.companyDomain, into: &evidence)
        scoreBuyer(buyerSignal, domain: lead.companyDomain, into: &evidence)

        let activity = linkedInActivity ?? lead.enrichmentData.map { ALSLinkedInActivity(enrichmentData: $0) }
        if let activity {
            evidence.linkedIn = activity
            evidence.linkedInPoints = activity.evidence(today: configuration.today)
        }
    }

    // MARK: - Shared rules

    @inline(__always)
    func scoreAuthority(title: TitleAnalysis, seniority: String?, into evidence: inout ALSEvidence) {
        if let level = TitleMatcher.seniorityLevel(seniority) {
            evidence.authority = .seniority(level)
            evidence.authorityPoints = level.points
            return
        }
        guard title.hasWords else { return }
        if let word = title.assistantWord {
            evidence.authority = .assistantRole(word)
        } else if let keyword = title.keyword {
            evidence.authority = .title(keyword)
        } else {
            evidence.authority = .otherTitle
        }
        evidence.authorityPoints = title.points
    }

    @inline(__always)
    func scoreCompanyFit(industry: String?, employees: Int?, country: String?, into evidence: inout ALSEvidence) {
        if let index = industries.match(industry) {
            evidence.industryTarget = industries.texts[index]
            evidence.industryPoints = 10
        }
        if let employees {
            switch employees {
            case 5...50: evidence.employeePoints = 8
            case 51...200: evidence.employeePoints = 5
            case 1...4: evidence.employeePoints = 3
            default: break
            }
        }
        if let group = ALSCountryGroup(country: country) {
            evidence.countryGroup = group
            evidence.countryPoints = group.points
        }
    }

    @inline(__always)
    func scoreHiringAndFunding(hiring: Bool?, funding: LocalDate?, into evidence: inout ALSEvidence) {
        if hiring == true { evidence.hiringPoints = 5 }
        if let funding {
            let days = configuration.today.days(since: funding)
            evidence.fundingDays = days
            evidence.fundingPoints = days < 360 ? 4 : (days < 720 ? 2 : 0)
        }
    }

    @inline(__always)
    func scoreSharedRisk(title: TitleAnalysis, domain: String?, into evidence: inout ALSEvidence) {
        if competitors.contains(domain) { evidence.competitorPoints = -15 }
        if let word = title.assistantWord {
            evidence.badTitleWord = word
            evidence.badTitlePoints = -5
        }
    }

    @inline(__always)
    func scoreBuyer(_ signal: ALSBuyerSignal?, domain: String?, into evidence: inout ALSEvidence) {
        guard let signal, !TextScan.isBlank(domain) else { return }
        let boost = signal.boost
        guard boost > 0 else { return }
        evidence.buyer = signal
        evidence.buyerPoints = boost
    }

    @inline(__always)
    func complete(_ score: inout ALSScore) {
        let points = score.evidence.points
        let buyerBoost = score.evidence.buyerPoints
        let linkedInBoost = score.evidence.linkedInPoints.total
        let result = ALSArithmetic.total(
            weightedSum: ALSArithmetic.weightedSum(points, weightVector), buyerBoost: buyerBoost,
            linkedInBoost: linkedInBoost)
        score.points = points
        score.buyerBoost = buyerBoost
        score.linkedInBoost = linkedInBoost
        score.unclampedTotal = result.unclamped
        score.total = result.total
    }
}
