import AgencyCore
import AgencyIntelligence
import AgencyOS
import Foundation

/// Builds activities for detector tests.
struct ActivityFactory {
    var lead = ID<Lead>(UUID())

    func make(converted: Bool = false, channel: ChannelType = .email, action: String = "email_sent",
              daysAgo: Int = 5, snapshot: ContentSnapshot? = ContentSnapshot(), configure: (inout Activity) -> Void = { _ in })
        -> Activity {
        var activity = Activity(id: ID(UUID()), clientId: Fixtures.clientId, campaignId: Fixtures.campaignId, leadId: lead,
                                channel: channel, action: action, contentSnapshot: snapshot, ledToBooking: converted,
                                createdAt: Fixtures.now.adding(days: -daysAgo))
        configure(&activity)
        return activity
    }

    /// `count` activities, the first `converted` of them converting.
    func batch(_ count: Int, converted: Int, configure: (inout Activity) -> Void = { _ in }) -> [Activity] {
        (0..<count).map { make(converted: $0 < converted, configure: configure) }
    }
}
