import Foundation
import Testing
import AgencyCore
import AgencyOS

/// The fixture values decode to what PostgreSQL meant, whatever text form it used.
@Suite("PostgreSQL JSON forms in the fixtures")
struct PostgresJSONTests {
    @Test("timestamps with offsets, a space separator and 0–6 fraction digits decode to the instant")
    func timestampForms() throws {
        let client = try Fixtures.row(Client.self)
        #expect(client.icpConfirmedAt == Timestamp(year: 2025, month: 11, day: 4, hour: 23, minute: 30))
        #expect(client.createdAt == Timestamp(year: 2025, month: 11, day: 3, hour: 22, minute: 14, second: 5, microsecond: 200_000))
        let user = try Fixtures.row(User.self)
        #expect(user.updatedAt == Timestamp(year: 2026, month: 1, day: 20, hour: 22, second: 0, microsecond: 500_000))
        let sequence = try Fixtures.row(CampaignSequence.self)
        #expect(sequence.updatedAt == Timestamp(year: 2026, month: 1, day: 4, hour: 16))
        let suppression = try Fixtures.row(GlobalSuppression.self)
        #expect(suppression.createdAt == Timestamp(year: 2026, month: 1, day: 10, hour: 12))
    }

    @Test("microseconds survive and are written in PostgreSQL's form")
    func microsecondsSurvive() throws {
        let activity = try Fixtures.row(Activity.self)
        #expect(activity.createdAt == Timestamp(year: 2026, month: 1, day: 21, hour: 23, microsecond: 123))
        let encoded = try Fixtures.encodedObject(activity)
        #expect(encoded["created_at"] == "2026-01-21T23:00:00.000123+00:00")
        #expect(encoded["lead_local_time"] == "10:00:00.000123")
    }

    @Test("DATE and TIME columns")
    func dateAndTime() throws {
        let campaign = try Fixtures.row(Campaign.self)
        #expect(campaign.startDate == LocalDate(year: 2026, month: 1, day: 5))
        #expect(campaign.workHoursStart == TimeOfDay(hour: 8, minute: 30))
        let stats = try Fixtures.row(ActivityStats.self)
        #expect(stats.date == LocalDate(year: 2026, month: 1, day: 22))
        #expect(try Fixtures.encodedObject(stats)["date"] == "2026-01-22")
    }

    @Test("NUMERIC as a JSON number or a string keeps its exact decimal value")
    func numericForms() throws {
        let suggestion = try Fixtures.row(CampaignSuggestion.self)
        #expect(suggestion.confidence == SQLNumeric(try #require(Decimal(string: "0.85"))))
        let lead = try Fixtures.row(Lead.self)
        #expect(lead.sdkCostAud == SQLNumeric(try #require(Decimal(string: "0.0125"))))
        #expect(lead.dealValue == SQLNumeric(12_500))
        let pooled = try Fixtures.row(LeadPool.self)
        #expect(pooled.sdkCostAud == SQLNumeric(try #require(Decimal(string: "0.03"))))
        #expect(pooled.companyRevenue == 4_800_000_000)
    }

    @Test("JSONB: typed payloads keep unknown keys, untyped ones keep nulls and nesting")
    func jsonbForms() throws {
        let activity = try Fixtures.row(Activity.self)
        #expect(activity.contentSnapshot?.extra["tone"] == "casual")
        #expect(activity.contentSnapshot?.wordCount == 87)
        #expect(activity.metadata["tags"] == ["q1", "founders"])
        let lead = try Fixtures.row(Lead.self)
        #expect(lead.deepResearchData?["podcast"] == .null)
        #expect(lead.alsComponents?.signals?.count == 2)
        let log = try Fixtures.row(IcpRefinementLog.self)
        #expect(log.refinedCriteria.extra["keywords"] == ["plg"])
        #expect(log.refinementsApplied.last?.sweetSpot == "51-200")
        let suppression = try Fixtures.row(GlobalSuppression.self)
        #expect(suppression.metadata["intent"] == "unsubscribe")
    }

    @Test("text[] and int[] columns")
    func arrays() throws {
        let client = try Fixtures.row(Client.self)
        #expect(client.icpTitles == ["CEO", "Head of Growth", "VP Sales"])
        #expect(client.digestRecipients == ["maya.chen@acme-growth.com.au", "ops@acme-growth.com.au"])
        let campaign = try Fixtures.row(Campaign.self)
        #expect(campaign.workDays == [1, 2, 3, 4, 5])
        let pooled = try Fixtures.row(LeadPool.self)
        #expect(pooled.channelsUsed == [.email, .linkedin])
    }
}
