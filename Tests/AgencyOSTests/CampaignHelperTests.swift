import Foundation
import Testing
import AgencyCore
import AgencyOS

@Suite("Campaign helpers")
struct CampaignHelperTests {
    static let client = ID<Client>(UUID(uuid: (1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)))

    @Test("active means status active and not soft-deleted")
    func isActive() {
        #expect(Campaign(clientId: Self.client, name: "Q1", status: .active).isActive)
        #expect(!Campaign(clientId: Self.client, name: "Q1", status: .paused).isActive)
        #expect(!Campaign(clientId: Self.client, name: "Q1", status: .draft).isActive)
        #expect(!Campaign(clientId: Self.client, name: "Q1", status: .active).softDeleted(at: Instants.now).isActive)
    }

    @Test("allocation per channel and total")
    func allocation() throws {
        let campaign = try Fixtures.row(Campaign.self)
        #expect(campaign.totalAllocation == 100)
        #expect(campaign.allocation(for: .email) == 60)
        #expect(campaign.allocation(for: .sms) == 0)
        #expect(campaign.allocation(for: .linkedin) == 30)
        #expect(campaign.allocation(for: .voice) == 10)
        #expect(campaign.allocation(for: .mail) == 0)
        let skewed = Campaign(clientId: Self.client, name: "Q1", allocationEmail: 50, allocationMail: 20)
        #expect(skewed.totalAllocation == 70)
        #expect(skewed.allocation(for: .mail) == 20)
    }

    @Test("reply and conversion rates are percentages of leads contacted, 0 when none")
    func rates() throws {
        let campaign = try Fixtures.row(Campaign.self)
        #expect(abs(campaign.replyRate - 29.0 / 380.0 * 100) < 1e-9)
        #expect(abs(campaign.conversionRate - 7.0 / 380.0 * 100) < 1e-9)
        let fresh = Campaign(clientId: Self.client, name: "Q1", leadsReplied: 3, leadsConverted: 1)
        #expect(fresh.replyRate == 0)
        #expect(fresh.conversionRate == 0)
        let half = Campaign(clientId: Self.client, name: "Q1", leadsContacted: 4, leadsReplied: 2, leadsConverted: 1)
        #expect(half.replyRate == 50)
        #expect(half.conversionRate == 25)
    }
}

@Suite("Campaign resource helpers")
struct CampaignResourceHelperTests {
    static let campaign = ID<Campaign>(UUID(uuid: (3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)))

    static func resource(limit: Int, used: Int, active: Bool = true) -> CampaignResource {
        CampaignResource(campaignId: campaign, channel: .email, resourceId: "a@b.io", dailyLimit: limit, dailyUsed: used,
                         isActive: active)
    }

    @Test("remaining never goes below zero", arguments: [(40, 12, 28), (40, 40, 0), (40, 55, 0), (0, 0, 0)])
    func remaining(limit: Int, used: Int, expected: Int) {
        #expect(Self.resource(limit: limit, used: used).remaining == expected)
    }

    @Test("available when active with sends left")
    func isAvailable() {
        #expect(Self.resource(limit: 40, used: 39).isAvailable)
        #expect(!Self.resource(limit: 40, used: 40).isAvailable)
        #expect(!Self.resource(limit: 40, used: 0, active: false).isAvailable)
    }
}
