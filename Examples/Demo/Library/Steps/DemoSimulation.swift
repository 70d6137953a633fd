import AgencyKit

extension DemoSession {
    /// Days simulated after day 0.
    static let simulatedDays = 90

    /// What the simulated prospects respond to: what the learning cycle should find.
    static let plantedEffects = PlantedEffects(
        segments: [SegmentEffect(title: "CEO", industry: "SaaS", multiplier: 3), SegmentEffect(title: "Founder", multiplier: 1.8)],
        timing: [TimingEffect(isoWeekday: 2, hours: 8..<11, multiplier: 2)],
        sequences: [SequenceEffect(sequence: .emailThenLinkedIn, multiplier: 2)],
        callsToAction: [CallToActionEffect(callToAction: "free audit", multiplier: 1.8)],
        newRoleMultiplier: 1.6, hiringMultiplier: 1.4)

    /// Step 7: 90 days of outreach from the seeded synthetic generator — prospects sourced
    /// into the two campaigns, their touches, replies and booked meetings, with the planted
    /// effects (CEOs in SaaS convert 3×, Tuesday 9–10 am touches 2×, email→LinkedIn
    /// sequences 2×). Written week by week as the clock moves, one transaction per week.
    mutating func simulateOutreach() async throws {
        guard let client else { throw DemoError.unexpected("no tenant yet") }
        let tenant = try tenant()
        let end = configuration.start.adding(days: Self.simulatedDays)
        output.section(7, "90 days of outreach (SyntheticDataGenerator, seeded from \(configuration.seed))")
        let generator = SyntheticDataGenerator(configuration: SyntheticConfiguration(
            seed: Self.simulationSeed(configuration.seed), leadCount: configuration.simulatedProspects,
            baseConversionRate: 0.06, campaignCount: campaigns.count, includeFunnel: false, effects: Self.plantedEffects))
        let dataset = generator.generate(now: end)
        output.line("   planted effects: CEOs in SaaS 3×, founders 1.8×, a new role 1.6×, hiring 1.4×, "
            + "email→LinkedIn sequences 2×;")
        output.line("   touches on Tuesday 8–11 am (lead's time) 2×, the \"free audit\" call to action 1.8×")

        var campaignIDs: [ID<Campaign>: ID<Campaign>] = [:]
        for (synthetic, real) in zip(dataset.campaigns, campaigns) { campaignIDs[synthetic.id] = real.id }
        let leads = dataset.leads.map { lead -> Lead in
            var lead = lead
            lead.clientId = client.id
            lead.campaignId = campaignIDs[lead.campaignId] ?? lead.campaignId
            return lead
        }.sorted { ($0.createdAt, $0.id.description) < ($1.createdAt, $1.id.description) }
        let activities = dataset.activities.map { activity -> Activity in
            var activity = activity
            activity.clientId = client.id
            activity.campaignId = campaignIDs[activity.campaignId] ?? activity.campaignId
            return activity
        }.sorted { ($0.createdAt, $0.id.description) < ($1.createdAt, $1.id.description) }

        var nextLead = 0
        var nextActivity = 0
        var weekStart = 0
        var week = 1
        while weekStart < Self.simulatedDays {
            let weekEnd = min(weekStart + 7, Self.simulatedDays)
            let until = configuration.start.adding(days: weekEnd)
            var batch = WriteBatch()
            let firstLead = nextLead
            while nextLead < leads.count && leads[nextLead].createdAt < until {
                batch.insert(leads[nextLead])
                nextLead += 1
            }
            let firstActivity = nextActivity
            while nextActivity < activities.count && activities[nextActivity].createdAt < until {
                batch.insert(activities[nextActivity])
                nextActivity += 1
            }
            let weekFrom = configuration.start.adding(days: weekStart)
            let booked = leads.filter { lead in
                lead.meetingBookedAt.map { $0 >= weekFrom && $0 < until } ?? false
            }.count
            clock.set(until)
            if !batch.isEmpty { _ = try await tenant.apply(batch) }
            let touches = nextActivity - firstActivity
            let range = "\(DemoFormat.day(weekFrom.utcDate)) – \(DemoFormat.day(until.adding(days: -1).utcDate))"
            output.line("   week " + DemoFormat.padded("\(week)", 2, right: true) + "  " + DemoFormat.padded(range, 24)
                + DemoFormat.padded("+\(DemoFormat.count(nextLead - firstLead))", 5, right: true) + " prospects  "
                + DemoFormat.padded(DemoFormat.count(touches), 5, right: true) + " touches  "
                + DemoFormat.padded("\(booked)", 3, right: true) + " meetings booked   (so far "
                + "\(DemoFormat.count(nextLead)) prospects, \(DemoFormat.count(nextActivity)) touches)")
            weekStart = weekEnd
            week += 1
        }
        report.simulatedLeads = nextLead
        report.simulatedActivities = nextActivity
        report.simulatedConversions = leads.filter { $0.status == .converted }.count
        try await updateCampaignCounters(from: dataset, campaignIDs: campaignIDs)

        let finished: Set<LeadStatus> = [.converted, .bounced, .unsubscribed]
        let outcomes = leads.filter { finished.contains($0.status) }.count
        output.line("   \(DemoFormat.count(report.simulatedLeads)) prospects, \(DemoFormat.count(report.simulatedActivities)) "
            + "touches; \(DemoFormat.count(outcomes)) finished their sequence, \(report.simulatedConversions) booked a meeting "
            + "(\(DemoFormat.percent(Double(report.simulatedConversions) / Double(max(outcomes, 1))))); "
            + "clock now \(DemoFormat.instant(clock.now()))")
    }

    /// The generator's seed, derived from the demo's: the generator draws its rows' UUIDs from
    /// its seed, so it must not share the store's id stream (seeded with the demo's seed too).
    static func simulationSeed(_ seed: UInt64) -> UInt64 { seed ^ 0x9E37_79B9_7F4A_7C15 }

    /// Copies the simulated campaign counters (contacted, replied, converted) to the campaigns.
    mutating func updateCampaignCounters(from dataset: SyntheticDataset, campaignIDs: [ID<Campaign>: ID<Campaign>]) async throws {
        let tenant = try tenant()
        var batch = WriteBatch()
        for synthetic in dataset.campaigns {
            guard let id = campaignIDs[synthetic.id] else { continue }
            var campaign = try await tenant.get(Campaign.self, id: id)
            let leads = try await tenant.count(Query<Lead>().where(\.campaignId, .equals(id)))
            campaign.leadCount = leads
            campaign.totalLeads = leads
            campaign.leadsContacted = synthetic.leadsContacted
            campaign.leadsReplied = synthetic.leadsReplied
            campaign.leadsConverted = synthetic.leadsConverted
            batch.update(campaign)
        }
        let stored = try await tenant.apply(batch).compactMap { $0.row(as: Campaign.self) }
        campaigns = campaigns.map { campaign in stored.first { $0.id == campaign.id } ?? campaign }
        mainCampaign = campaigns.first
    }
}
