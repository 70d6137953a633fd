import AgencyKit

extension DemoSession {
    /// The agency's team: name, email, role; the viewer is invited but has not accepted yet.
    static let team: [(name: String, email: String, role: MembershipRole, accepted: Bool)] = [
        ("Olivia Bennett", "olivia@northwindgrowth.com.au", .owner, true),
        ("Raj Mehta", "raj@northwindgrowth.com.au", .admin, true),
        ("Sophie Tran", "sophie@northwindgrowth.com.au", .member, true),
        ("Daniel Okoro", "daniel.okoro@harbourfinance.com.au", .viewer, false),
    ]

    /// Step 1: the client (tenant), its users (a shared table) and their memberships.
    mutating func createTenant() async throws {
        output.section(1, "A tenant with users and roles")
        let client = try await platform.insert(Client(
            name: Self.clientName, tier: .velocity, subscriptionStatus: .active, digestTimezone: "Australia/Sydney",
            websiteUrl: "https://northwindgrowth.com.au", companyDescription: "Outbound for B2B software and finance",
            icpIndustries: ["SaaS", "Financial Services", "Professional Services"],
            icpCompanySizes: ["11-50", "51-200"], icpLocations: ["Australia", "New Zealand"],
            icpTitles: ["CEO", "Founder", "Managing Director"]))
        self.client = client
        report.clientId = client.id
        output.line("   client \"\(client.name)\" (tier \(client.tier.rawValue), \(client.subscriptionStatus.rawValue)), "
            + "ICP: \(client.icpIndustries?.joined(separator: ", ") ?? "—")")

        let tenant = try tenant()
        var rows: [[String]] = []
        for member in Self.team {
            let user = try await platform.insert(User(email: member.email, fullName: member.name))
            if member.role == .owner { owner = user }
            var membership = Membership(userId: user.id, clientId: client.id, role: member.role, invitedBy: owner?.id,
                                        invitedEmail: member.accepted ? nil : member.email)
            if member.accepted { membership.accept(at: clock.now()) }
            membership = try await tenant.insert(membership)
            report.membershipRoles.append(membership.role)
            rows.append([membership.role.rawValue, member.name, member.email,
                         membership.isAccepted ? "accepted" : "invited, not accepted yet"])
        }
        output.table(rows)
        let admins = try await tenant.count(Query<Membership>().where(\.role, .isIn([.owner, .admin])))
        output.line("   \(Self.team.count) users (a shared table) and \(Self.team.count) memberships in the tenant; "
            + "\(admins) can manage the account")
    }

    /// The main campaign's sequence: step, channel, delay in days, subject, purpose.
    static let sequence: [(channel: ChannelType, delay: Int, subject: String?, purpose: String)] = [
        (.email, 0, "Quick idea for {company}", "opener: one pain point, one question"),
        (.linkedin, 2, nil, "connection request with a short note"),
        (.email, 3, "Re: quick idea for {company}", "follow-up with a case study"),
        (.voice, 4, nil, "call warm and hot leads (ALS ≥ 60)"),
    ]

    /// Step 2: two campaigns; the first with its four-step sequence.
    mutating func createCampaigns() async throws {
        output.section(2, "Campaigns and a sequence")
        let tenant = try tenant()
        guard let client, let owner else { throw DemoError.unexpected("no tenant yet") }
        let today = clock.now().utcDate
        let founders = try await tenant.insert(Campaign(
            clientId: client.id, createdBy: owner.id, name: "SaaS & finance founders", status: .active,
            leadAllocationPct: 60, targetIndustries: ["SaaS", "Financial Services"],
            targetTitles: ["CEO", "Founder"], targetLocations: ["Australia", "New Zealand"],
            allocationEmail: 60, allocationLinkedin: 25, allocationVoice: 15, startDate: today,
            sequenceSteps: Self.sequence.count, usesDefaultSequence: false))
        let marketers = try await tenant.insert(Campaign(
            clientId: client.id, createdBy: owner.id, name: "Healthcare & retail marketers", status: .active,
            leadAllocationPct: 40, targetIndustries: ["Healthcare", "Retail"], targetTitles: ["Marketing Director"],
            startDate: today))
        mainCampaign = founders
        campaigns = [founders, marketers]

        let steps = try await tenant.insert(Self.sequence.enumerated().map { index, step in
            CampaignSequence(campaignId: founders.id, stepNumber: index + 1, channel: step.channel, delayDays: step.delay,
                             subjectTemplate: step.subject, bodyTemplate: "Hi {first_name}, …", purpose: step.purpose)
        })
        report.sequenceSteps = steps.count
        output.line("   \"\(founders.name)\" (active, targets \(founders.targetTitles?.joined(separator: "/") ?? "—") in "
            + "\(founders.targetIndustries?.joined(separator: ", ") ?? "—")), sequence of \(steps.count) steps:")
        output.table(steps.map { step in
            ["step \(step.stepNumber)", step.delayDays == 0 ? "day 0" : "+\(step.delayDays) days", step.channel.rawValue,
             step.subjectTemplate.map { "\"\($0)\"" } ?? "", step.purpose ?? ""]
        }, indent: 5)
        output.line("   \"\(marketers.name)\" (active, targets \(marketers.targetTitles?.joined(separator: "/") ?? "—") in "
            + "\(marketers.targetIndustries?.joined(separator: ", ") ?? "—"))")
    }
}
