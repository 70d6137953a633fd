import Foundation
import Testing
import AgencyCore
import AgencyOS

@Suite("Activity helpers")
struct ActivityHelperTests {
    static let id = UUID(uuid: (1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))

    static func activity(_ action: String) -> Activity {
        Activity(clientId: ID(id), campaignId: ID(id), leadId: ID(id), channel: .email, action: action)
    }

    @Test("engagement, positive and negative actions", arguments: [
        ("opened", true, true, false), ("clicked", true, true, false), ("replied", true, true, false),
        ("converted", false, true, false), ("bounced", false, false, true), ("unsubscribed", false, false, true),
        ("sent", false, false, false), ("email_sent", false, false, false), ("delivered", false, false, false),
        ("Opened", false, false, false),
    ])
    func classification(action: String, engagement: Bool, positive: Bool, negative: Bool) {
        let activity = Self.activity(action)
        #expect(activity.isEngagement == engagement)
        #expect(activity.isPositive == positive)
        #expect(activity.isNegative == negative)
    }
}

@Suite("Activity stats helpers")
struct ActivityStatsHelperTests {
    static let client = ID<Client>(UUID(uuid: (1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)))

    static func stats(delivered: Int = 0, opened: Int = 0, clicked: Int = 0, sent: Int = 0, replied: Int = 0) -> ActivityStats {
        ActivityStats(clientId: client, date: LocalDate(daysSinceEpoch: 20_475), emailDelivered: delivered,
                      emailOpened: opened, emailClicked: clicked, totalSent: sent, totalReplied: replied)
    }

    @Test("rates are percentages, 0 when the base is 0")
    func rates() {
        let stats = Self.stats(delivered: 200, opened: 50, clicked: 5, sent: 400, replied: 12)
        #expect(stats.openRate == 25)
        #expect(stats.clickRate == 10)
        #expect(stats.replyRate == 3)
        let empty = Self.stats(opened: 3, clicked: 1, replied: 1)
        #expect(empty.openRate == 0)
        #expect(Self.stats(clicked: 2).clickRate == 0)
        #expect(empty.replyRate == 0)
    }
}
