import AgencyCore
import AgencyOS

extension ALSScore {
    /// The full breakdown: components, weights, boosts and every signal with its trigger.
    public var explanation: ALSExplanation {
        let components = ALSComponent.allCases.map { component in
            ALSComponentBreakdown(
                component: component, basePoints: component == .risk ? ALSEvidence.riskBase : 0,
                maximumPoints: component.maximumPoints, rawPoints: points[component],
                normalizationFactor: component.normalizationFactor, weight: weights.weights[component],
                weightedPoints: weightedPoints(component))
        }
        return ALSExplanation(
            path: path, total: total, tier: tier, weightSource: weights.source,
            weightFallbackReason: weights.fallbackReason?.description, components: components,
            buyerBoost: buyerBoost, linkedInBoost: linkedInBoost, unclampedTotal: unclampedTotal, signals: signals)
    }

    /// Every signal that contributed, in formula order: data quality, authority, company
    /// fit, timing, risk, buyer boost, LinkedIn boost.
    public var signals: [ALSSignal] {
        var list: [ALSSignal] = []
        list.reserveCapacity(16)
        let e = evidence
        let input = e.inputs
        func add(_ group: ALSSignalGroup, _ name: ALSSignalName, _ points: Int, _ value: String?, _ detail: String? = nil) {
            list.append(ALSSignal(group: group, name: name, points: points, value: value, detail: detail))
        }
        switch e.email {
        case .none: break
        case .verifiedFlag: add(.dataQuality, .emailVerified, e.emailPoints, "email_verified = true")
        case .present: add(.dataQuality, .emailPresent, e.emailPoints, "present, not verified")
        case .status(let status): add(.dataQuality, .emailStatus, e.emailPoints, status.rawValue)
        }
        switch e.phone {
        case .none: break
        case .verified: add(.dataQuality, .phoneVerified, e.phonePoints, "present, verified")
        case .unverified: add(.dataQuality, .phoneUnverified, e.phonePoints, "present, not verified")
        case .present: add(.dataQuality, .phonePresent, e.phonePoints, "present")
        }
        if e.linkedInURLPoints != 0 { add(.dataQuality, .linkedinURL, e.linkedInURLPoints, "present") }
        if e.personalEmailPoints != 0 { add(.dataQuality, .personalEmail, e.personalEmailPoints, "present") }

        switch e.authority {
        case .none: break
        case .title(let keyword): add(.authority, .titleAuthority, e.authorityPoints, input.title, keyword.rawValue)
        case .otherTitle: add(.authority, .titleAuthority, e.authorityPoints, input.title, "other title")
        case .assistantRole(let word):
            add(.authority, .assistantRole, e.authorityPoints, input.title, "assistant-type role (\(word.rawValue))")
        case .seniority(let level): add(.authority, .seniorityAuthority, e.authorityPoints, input.seniority, level.rawValue)
        }

        if e.industryPoints != 0 {
            add(.companyFit, .industryMatch, e.industryPoints, input.industry, e.industryTarget.map { "target \"\($0)\"" })
        }
        if e.employeePoints != 0, let employees = input.employees {
            let band = e.employeePoints == 8 ? "5–50" : (e.employeePoints == 5 ? "51–200" : "1–4")
            add(.companyFit, .employeeCount, e.employeePoints, String(employees), band)
        }
        if e.countryPoints != 0 { add(.companyFit, .country, e.countryPoints, input.country, e.countryGroup?.rawValue) }

        if e.newRolePoints != 0, let days = e.roleDays {
            add(.timing, .newRole, e.newRolePoints, input.roleStart?.isoText,
                days < 0 ? "starts in \(-days) days" : "\(days) days in role")
        }
        if e.hiringPoints != 0 { add(.timing, .hiring, e.hiringPoints, "true") }
        if e.fundingPoints != 0, let days = e.fundingDays {
            add(.timing, .recentFunding, e.fundingPoints, input.fundingDate?.isoText, "\(days) days ago")
        }

        if e.bouncedPoints != 0 {
            add(.risk, .bounced, e.bouncedPoints, input.bounceCount.map { "bounce_count = \($0)" } ?? "is_bounced = true")
        }
        if e.poolStatusPoints != 0 { add(.risk, .poolStatus, e.poolStatusPoints, input.poolStatus?.rawValue) }
        if e.unsubscribedPoints != 0 {
            add(.risk, .unsubscribed, e.unsubscribedPoints, path == .lead ? "status = unsubscribed" : "is_unsubscribed = true")
        }
        if e.competitorPoints != 0 { add(.risk, .competitorDomain, e.competitorPoints, input.domain) }
        if e.badTitlePoints != 0 { add(.risk, .badTitle, e.badTitlePoints, input.title, e.badTitleWord?.rawValue) }

        if let buyer = e.buyer, e.buyerPoints != 0 {
            let times = buyer.timesBought.map(String.init) ?? "null"
            add(.buyerBoost, .buyerSignal, e.buyerPoints, "buyer_score = \(buyer.buyerScore), times_bought = \(times)",
                buyer.reason)
        }
        if let activity = e.linkedIn {
            let li = e.linkedInPoints
            if li.personPosts != 0 { add(.linkedInBoost, .linkedinPosts, li.personPosts, "\(activity.personPostCount) posts") }
            if li.recentPost != 0 {
                add(.linkedInBoost, .linkedinRecentPost, li.recentPost, activity.latestPersonPostDate?.isoText)
            }
            if li.connections != 0 {
                add(.linkedInBoost, .linkedinConnections, li.connections, activity.connections.map { "\($0) connections" })
            }
            if li.companyPosts != 0 {
                add(.linkedInBoost, .linkedinCompanyPosts, li.companyPosts, "\(activity.companyPostCount) posts")
            }
            if li.companyFollowers != 0 {
                add(.linkedInBoost, .linkedinCompanyFollowers, li.companyFollowers,
                    activity.companyFollowers.map { "\($0) followers" })
            }
        }
        return list
    }
}
