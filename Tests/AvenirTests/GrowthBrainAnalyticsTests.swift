import Testing
import AgencyCore
import Avenir

/// The growth-brain analyses over hand-built leads; expected values worked out by hand.
@Suite("Avenir growth-brain analytics")
struct GrowthBrainAnalyticsTests {
    static let client = ClientID.avenirInternal
    static let other = ClientID(uuidString: "550e8400-e29b-41d4-a716-446655440000") ?? .avenirInternal
    static let now = Instants.now

    static func lead(_ number: Int, daysAgo: Double, urgency: String? = nil, tone: String? = nil, tag: LeadTag = .active,
                     confidence: SQLNumeric? = nil, client: ClientID = client, isTest: Bool = false) -> LeadMemory {
        var lead = LeadMemory(id: ID(uuidString: "00000000-0000-4000-8000-\(String(format: "%012d", number))") ?? .unassigned,
                              email: "lead\(number)@x.co", name: "Lead \(number)", tone: tone, urgency: urgency,
                              confidenceScore: confidence, clientId: client, currentTag: tag, isTest: isTest,
                              timestamp: now.adding(seconds: -daysAgo * 86_400))
        lead.archived = tag == .archived
        lead.deleted = tag == .deleted
        return lead
    }

    @Test("sample-size confidence is CIS's function, jump at 30 included")
    func sampleConfidence() {
        let expected: [(Int, Double)] = [(0, 0.2), (9, 0.2), (10, 0.36667), (15, 0.4), (20, 0.43333), (25, 0.46667),
                                         (29, 0.49333), (30, 0.72157), (31, 0.72370), (50, 0.75485), (100, 0.8),
                                         (200, 0.84515), (500, 0.90485), (999, 0.94993), (1000, 0.95), (5000, 0.95)]
        for (n, value) in expected {
            #expect(abs(SampleConfidence.value(sampleSize: n) - value) < 0.00001, "n = \(n)")
        }
        #expect(SampleConfidence.numeric(sampleSize: 30) == 0.72)
        #expect(SampleConfidence.numeric(sampleSize: 10) == 0.37)
    }

    static let urgencyLeads: [LeadMemory] = [
        lead(1, daysAgo: 1, urgency: "High"), lead(2, daysAgo: 2, urgency: "High"), lead(3, daysAgo: 29.9, urgency: "High"),
        lead(4, daysAgo: 3, urgency: "Medium"), lead(5, daysAgo: 4, urgency: "Medium", tag: .deleted),
        lead(6, daysAgo: 5, urgency: "Low"), lead(7, daysAgo: 6),
        lead(8, daysAgo: 2, urgency: "High", isTest: true),
        lead(9, daysAgo: 2, urgency: "High", client: other),
        lead(10, daysAgo: 30, urgency: "High"),
        lead(11, daysAgo: 45, urgency: "High"), lead(12, daysAgo: 50, urgency: "Low"),
    ]

    @Test("urgency distribution: the seed's query — 30 days, no test data, NULL its own group, 2-decimal percentages")
    func urgencyDistribution() {
        let buckets = GrowthBrainAnalytics.urgencyDistribution(of: Self.urgencyLeads, clientId: Self.client, now: Self.now)
        #expect(buckets == [
            UrgencyBucket(urgency: "High", count: 3, percentage: 42.86),
            UrgencyBucket(urgency: "Medium", count: 2, percentage: 28.57),
            UrgencyBucket(urgency: "Low", count: 1, percentage: 14.29),
            UrgencyBucket(urgency: nil, count: 1, percentage: 14.29),
        ])
    }

    @Test("urgency trend: high share to 2 decimals, trend against the previous 30 days")
    func urgencyTrend() throws {
        let event = try GrowthBrainAnalytics.urgencyTrend(of: Self.urgencyLeads, clientId: Self.client, now: Self.now)
        guard case .urgencyTrend(let snapshot)? = try event.snapshot() else {
            Issue.record("not an urgency trend")
            return
        }
        #expect(snapshot.highUrgencyPct == 0.43)
        #expect(snapshot.trend == "decreasing", "0.43 against 0.67 in the previous period (leads 10 — exactly 30 days old — 11 and 12)")
        #expect(snapshot.totalLeads == 7 && snapshot.period == "last_30_days")
        #expect(event.insightText == "High urgency: 42.86% of 7 leads in the last 30 days (decreasing)")
        #expect(event.confidence == 0.2 && event.createdAt == Self.now && event.clientId == Self.client)
    }

    @Test("tone distribution: lower-case tones, shares of leads with a tone")
    func toneDistribution() throws {
        let leads = [Self.lead(1, daysAgo: 1, tone: "Friendly"), Self.lead(2, daysAgo: 1, tone: "friendly"),
                     Self.lead(3, daysAgo: 1, tone: "Professional"), Self.lead(4, daysAgo: 1, tone: "Urgent"),
                     Self.lead(5, daysAgo: 1), Self.lead(6, daysAgo: 40, tone: "Formal")]
        let event = try GrowthBrainAnalytics.toneDistribution(of: leads, clientId: Self.client, now: Self.now)
        #expect(event.learningSnapshot == ["friendly": 0.5, "professional": 0.25, "urgent": 0.25])
        #expect(event.insightText == "Most common tone: friendly (50% of 4 leads)")
    }

    @Test("engagement: 40·active + 30·avg confidence + 30·converted, rounded")
    func engagement() throws {
        let leads = [Self.lead(1, daysAgo: 1, urgency: "High", confidence: 0.9),
                     Self.lead(2, daysAgo: 2, tag: .followUp, confidence: 0.7),
                     Self.lead(3, daysAgo: 3, tag: .converted, confidence: 0.8),
                     Self.lead(4, daysAgo: 4, tag: .archived)]
        let event = try GrowthBrainAnalytics.engagementScore(of: leads, clientId: Self.client, now: Self.now)
        guard case .engagementScore(let snapshot)? = try event.snapshot() else {
            Issue.record("not an engagement score")
            return
        }
        #expect(snapshot.overallScore == 52, "20 + 24 + 7.5 = 51.5, half away from zero")
        #expect(snapshot.metrics == EngagementMetrics(totalLeads: 4, activeLeads: 2, convertedLeads: 1, avgConfidence: 0.8,
                                                      highUrgencyPct: 0.25))
        #expect(snapshot.trend == "stable", "no previous period")
        #expect(GrowthBrainAnalytics.engagement(of: []).score == 0)
    }

    static func conversion(days: Int?, value: SQLNumeric?, at time: Timestamp) throws -> GrowthBrainEvent {
        try GrowthBrainEvent(clientId: client, snapshot: .conversion(ConversionSnapshot(conversionValue: value, daysToConvert: days)),
                             createdAt: time)
    }

    @Test("conversion prediction: open · rate · horizon, confidence from history size, high-value leads above 0.85")
    func prediction() throws {
        var leads = (1...5).map { Self.lead($0, daysAgo: 10) }
        leads += [Self.lead(6, daysAgo: 10, tag: .followUp, confidence: 0.92), Self.lead(7, daysAgo: 10, tag: .followUp, confidence: 0.86)]
        leads += [Self.lead(8, daysAgo: 10, tag: .converted, confidence: 0.99), Self.lead(9, daysAgo: 10, tag: .converted)]
        leads += [Self.lead(10, daysAgo: 10, tag: .archived), Self.lead(11, daysAgo: 1, confidence: 0.85)]
        leads += [Self.lead(12, daysAgo: 1, tag: .deleted), Self.lead(13, daysAgo: 1, tag: .converted, isTest: true)]
        let history = [try Self.conversion(days: 10, value: 4000, at: Self.now.adding(days: -3)),
                       try Self.conversion(days: 50, value: 5000, at: Self.now.adding(days: -2))]
        let event = try GrowthBrainAnalytics.conversionPrediction(leads: leads, conversions: history, clientId: Self.client, now: Self.now)
        guard case .conversionPrediction(let snapshot)? = try event.snapshot() else {
            Issue.record("not a prediction")
            return
        }
        #expect(snapshot.predictedConversions == 1, "8 open × 2/11 converted × min(1, 30/30) = 1.45")
        #expect(snapshot.confidence == 0.2 && event.confidence == 0.2)
        #expect(snapshot.highValueLeads?.map(\.leadId) == [leads[5].id.description, leads[6].id.description])
        #expect(snapshot.highValueLeads?.map(\.estimatedValue) == [4500, 4500])
        #expect(snapshot.recommendedActions == ["Follow up with leads tagged 'Follow-Up'", "Focus on high-confidence leads (>0.85)"])
        #expect(snapshot.basedOn == "2 historical conversions" && snapshot.predictionWindow == "next_30_days")
        #expect(event.insightText == "Predicted \(snapshot.predictedConversions ?? -1) conversions in next 30 days")
    }

    @Test("conversion prediction: slower conversions shrink the 30-day horizon")
    func predictionHorizon() throws {
        let leads = (1...10).map { Self.lead($0, daysAgo: 5) } + (11...20).map { Self.lead($0, daysAgo: 5, tag: .converted) }
        let none = try GrowthBrainAnalytics.conversionPrediction(leads: leads, conversions: [], clientId: Self.client, now: Self.now)
        let slow = try GrowthBrainAnalytics.conversionPrediction(
            leads: leads, conversions: [try Self.conversion(days: 60, value: nil, at: Self.now)], clientId: Self.client, now: Self.now)
        #expect(none.learningSnapshot?["predicted_conversions"] == 5, "10 open × 0.5")
        #expect(slow.learningSnapshot?["predicted_conversions"] == 3, "10 × 0.5 × 30/60 = 2.5, half away from zero")
        #expect(none.learningSnapshot?["recommended_actions"] == [])
    }

    @Test("conversion event: whole days (floored) and prior touch points")
    func conversionEvent() throws {
        let arrived = Self.now.adding(days: -7).adding(microseconds: 1)
        let lead = LeadMemory(id: ID(uuidString: "a1b2c3d4-5e6f-4a7b-8c9d-000000000123") ?? .unassigned, email: "s@x.co",
                              name: "Sarah Chen", clientId: Self.client, toneHistory: [HistoryEntry(value: "Professional", timestamp: arrived)],
                              timestamp: arrived)
        let actions = [LeadAction(leadId: lead.id, clientId: Self.client, actionType: .insert, timestamp: arrived),
                       LeadAction(leadId: ID(uuidString: "a1b2c3d4-5e6f-4a7b-8c9d-000000000999") ?? .unassigned,
                                  clientId: Self.client, actionType: .insert, timestamp: arrived)]
        let event = try GrowthBrainAnalytics.conversion(of: lead, priorActions: actions, at: Self.now)
        #expect(event.learningSnapshot == ["lead_id": "a1b2c3d4-5e6f-4a7b-8c9d-000000000123", "lead_name": "Sarah Chen",
                                           "days_to_convert": 6, "touch_points": 1, "initial_tone": "Professional",
                                           "final_tag": "Converted"])
    }
}
