import AgencyCore
import AgencyOS
import Foundation

extension GenerationState {
    static let stages = ["qualification", "proposal", "negotiation"]

    /// A meeting for a converted lead and, when it went well, a deal with its stage changes.
    mutating func generateFunnel(lead: ID<Lead>, bookedAt: Timestamp, firstChannel: String, touches: Int) {
        let meetingId = random.uuid()
        let scheduledDate = bookedAt.utcDate.adding(days: random.integer(2...7))
        let scheduledAt = scheduledDate.startOfDayUTC.adding(hours: random.integer(0...23))
        let confirmed = random.chance(0.6)
        let reminded = random.chance(0.7)
        let rescheduled = random.chance(0.15) ? 1 : 0
        let showProbability = (confirmed ? 0.85 : 0.6) - (rescheduled > 0 ? 0.2 : 0)
        let held = scheduledAt <= now
        let showed: Bool? = held ? random.chance(showProbability) : nil
        let good = random.chance(0.6)
        funnel.meetings.append(MeetingRecord(
            id: meetingId, leadId: lead, bookedAt: bookedAt, scheduledAt: scheduledAt, showedUp: showed,
            confirmed: confirmed, reminderSent: reminded, rescheduledCount: rescheduled,
            meetingOutcome: showed == true ? (good ? "good" : "bad") : nil, touchesBeforeBooking: touches))
        guard showed == true, random.chance(good ? 0.6 : 0.2) else { return }
        let dealId = random.uuid()
        let createdAt = scheduledAt.adding(days: 1)
        let daysToClose = random.integer(10...60)
        let closedAt = createdAt.adding(days: daysToClose)
        let closed = closedAt <= now
        let won: Bool? = closed ? random.chance(0.45) : nil
        funnel.deals.append(DealRecord(
            id: dealId, leadId: lead, meetingId: meetingId, value: Double(random.integer(5...50)) * 1000, won: won,
            closedAt: closed ? closedAt : nil, createdAt: createdAt,
            lostReason: won == false ? SyntheticVocabulary.lostReasons[random.integer(0...4)] : nil,
            daysToClose: closed ? daysToClose : nil, touchesBeforeDeal: touches, firstTouchChannel: firstChannel))
        var previous: String?
        for stage in Self.stages {
            funnel.stageChanges.append(DealStageChange(dealId: dealId, fromStage: previous, toStage: stage,
                                                       daysInPreviousStage: previous == nil ? nil : Double(random.integer(2...15))))
            previous = stage
        }
        if closed {
            funnel.stageChanges.append(DealStageChange(dealId: dealId, fromStage: previous,
                                                       toStage: won == true ? "closed_won" : "closed_lost",
                                                       daysInPreviousStage: Double(random.integer(2...15))))
        }
    }
}
