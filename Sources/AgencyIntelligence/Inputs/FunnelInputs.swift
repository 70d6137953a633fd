import AgencyCore
import AgencyOS
import Foundation

/// A booked meeting as the FUNNEL detector reads it (`meetings`, which Agency OS does not
/// model). Decodes from a `row_to_json` row; unknown columns are ignored.
public struct MeetingRecord: Codable, Hashable, Sendable {
    /// The meeting.
    public var id: UUID
    /// The lead (a blind meeting has none and is left out, as the reference's join does).
    public var leadId: ID<Lead>?
    /// When it was booked.
    public var bookedAt: Timestamp
    /// When it is scheduled.
    public var scheduledAt: Timestamp
    /// Whether the lead showed up (`nil` until known).
    public var showedUp: Bool?
    /// Whether the lead confirmed.
    public var confirmed: Bool?
    /// Whether a reminder was sent.
    public var reminderSent: Bool?
    /// Times rescheduled.
    public var rescheduledCount: Int?
    /// The meeting's outcome (`good`, `bad`, …).
    public var meetingOutcome: String?
    /// Touches before the booking.
    public var touchesBeforeBooking: Int?

    /// Creates a record.
    public init(id: UUID, leadId: ID<Lead>?, bookedAt: Timestamp, scheduledAt: Timestamp, showedUp: Bool? = nil,
                confirmed: Bool? = nil, reminderSent: Bool? = nil, rescheduledCount: Int? = 0,
                meetingOutcome: String? = nil, touchesBeforeBooking: Int? = nil) {
        self.id = id
        self.leadId = leadId
        self.bookedAt = bookedAt
        self.scheduledAt = scheduledAt
        self.showedUp = showedUp
        self.confirmed = confirmed
        self.reminderSent = reminderSent
        self.rescheduledCount = rescheduledCount
        self.meetingOutcome = meetingOutcome
        self.touchesBeforeBooking = touchesBeforeBooking
    }

    enum CodingKeys: String, CodingKey {
        case id, confirmed
        case leadId = "lead_id", bookedAt = "booked_at", scheduledAt = "scheduled_at", showedUp = "showed_up"
        case reminderSent = "reminder_sent", rescheduledCount = "rescheduled_count", meetingOutcome = "meeting_outcome"
        case touchesBeforeBooking = "touches_before_booking"
    }
}

/// A deal as the FUNNEL detector reads it (`deals`, not modelled by Agency OS). Decodes from
/// a `row_to_json` row; unknown columns are ignored.
public struct DealRecord: Codable, Hashable, Sendable {
    /// The deal.
    public var id: UUID
    /// The lead.
    public var leadId: ID<Lead>?
    /// The meeting it came from.
    public var meetingId: UUID?
    /// The deal value.
    public var value: Double?
    /// Won (`true`), lost (`false`) or open (`nil`).
    public var won: Bool?
    /// When it closed.
    public var closedAt: Timestamp?
    /// When it was created.
    public var createdAt: Timestamp
    /// Why it was lost.
    public var lostReason: String?
    /// Days from creation to close.
    public var daysToClose: Int?
    /// Touches before the deal.
    public var touchesBeforeDeal: Int?
    /// The channel of the lead's first touch.
    public var firstTouchChannel: String?

    /// Creates a record.
    public init(id: UUID, leadId: ID<Lead>?, meetingId: UUID? = nil, value: Double? = nil, won: Bool? = nil,
                closedAt: Timestamp? = nil, createdAt: Timestamp, lostReason: String? = nil, daysToClose: Int? = nil,
                touchesBeforeDeal: Int? = nil, firstTouchChannel: String? = nil) {
        self.id = id
        self.leadId = leadId
        self.meetingId = meetingId
        self.value = value
        self.won = won
        self.closedAt = closedAt
        self.createdAt = createdAt
        self.lostReason = lostReason
        self.daysToClose = daysToClose
        self.touchesBeforeDeal = touchesBeforeDeal
        self.firstTouchChannel = firstTouchChannel
    }

    enum CodingKeys: String, CodingKey {
        case id, value, won
        case leadId = "lead_id", meetingId = "meeting_id", closedAt = "closed_at", createdAt = "created_at"
        case lostReason = "lost_reason", daysToClose = "days_to_close", touchesBeforeDeal = "touches_before_deal"
        case firstTouchChannel = "first_touch_channel"
    }
}

/// One stage change of a deal (`deal_stage_history`, not modelled by Agency OS).
public struct DealStageChange: Codable, Hashable, Sendable {
    /// The deal.
    public var dealId: UUID
    /// The stage left (`nil` for the first stage).
    public var fromStage: String?
    /// The stage entered.
    public var toStage: String?
    /// Days spent in the stage left.
    public var daysInPreviousStage: Double?

    /// Creates a record.
    public init(dealId: UUID, fromStage: String?, toStage: String?, daysInPreviousStage: Double?) {
        self.dealId = dealId
        self.fromStage = fromStage
        self.toStage = toStage
        self.daysInPreviousStage = daysInPreviousStage
    }

    enum CodingKeys: String, CodingKey {
        case dealId = "deal_id", fromStage = "from_stage", toStage = "to_stage"
        case daysInPreviousStage = "days_in_previous_stage"
    }
}

/// The downstream records FUNNEL analyses for one client.
public struct FunnelInput: Hashable, Sendable {
    /// The client's meetings.
    public var meetings: [MeetingRecord]
    /// The client's deals.
    public var deals: [DealRecord]
    /// Stage changes of the client's deals.
    public var stageChanges: [DealStageChange]

    /// Creates the input.
    public init(meetings: [MeetingRecord] = [], deals: [DealRecord] = [], stageChanges: [DealStageChange] = []) {
        self.meetings = meetings
        self.deals = deals
        self.stageChanges = stageChanges
    }

    /// Whether there is nothing to analyse.
    public var isEmpty: Bool { meetings.isEmpty && deals.isEmpty }
}
