import AgencyCore
import AgencyOS
import Foundation

extension GenerationState {
    static let links = ["https://example.com/case-study", "https://example.com/book"]

    /// Appends a lead's touches; returns the index of the first and each touch's weight.
    mutating func generateTouches(lead: ID<Lead>, campaign: Int, sequence: SyntheticSequence, zoneName: String,
                                  offset: Int, firstName: Int, createdAt: Timestamp) -> (first: Int, weights: [Double]) {
        let first = activities.count
        let count = random.integer(configuration.touchesPerLead)
        var weights: [Double] = []
        weights.reserveCapacity(count)
        var localDate = createdAt.adding(minutes: offset).utcDate.adding(days: random.integer(1...2))
        var previous: Timestamp?
        let latest = now.adding(hours: -1)
        let pattern = sequence.pattern
        let sequenceId = campaignIds[campaign].description
        for touch in 0..<count {
            if touch > 0 { localDate = localDate.adding(days: random.integer(1...3)) }
            let weekday = localDate.isoWeekday
            if weekday >= 6, random.chance(0.7) { localDate = localDate.adding(days: 8 - weekday) }
            let hour = random.integer(8...17)
            let minute = random.integer(0...59)
            let local = localDate.startOfDayUTC.adding(hours: hour).adding(minutes: minute)
            let sentAt = local.adding(minutes: -offset)
            guard sentAt <= latest else { break }
            let channel = ChannelType(rawValue: pattern[touch % pattern.count]) ?? .email
            var weight = 1.0
            for effect in configuration.effects.timing
            where effect.isoWeekday == localDate.isoWeekday && effect.hours.contains(hour) {
                weight *= effect.multiplier
            }
            var activity = Activity(clientId: clientId, campaignId: campaignIds[campaign], leadId: lead, channel: channel,
                                    action: channel == .email ? "email_sent" : channel == .linkedin ? "linkedin_sent" : "voice_completed")
            activity.id = ID(random.uuid())
            activity.sequenceStep = touch + 1
            activity.touchNumber = touch + 1
            activity.daysSinceLastTouch = previous.map { sentAt.wholeDays(since: $0) }
            activity.leadLocalTime = TimeOfDay(hour: hour, minute: minute)
            activity.leadTimezone = zoneName
            activity.leadLocalDayOfWeek = localDate.isoWeekday
            activity.createdAt = sentAt
            activity.aiModelUsed = SyntheticVocabulary.models[touch % SyntheticVocabulary.models.count]
            activity.promptVersion = SyntheticVocabulary.prompts[Int(random.generator.next() % 2)]
            if channel != .voice {
                let variant = content.variant(opener: random.integer(0...2), name: firstName, pain: random.integer(0...3),
                                              cta: random.integer(0...3))
                for effect in configuration.effects.callsToAction where variant.snapshot.ctaUsed == effect.callToAction {
                    weight *= effect.multiplier
                }
                var snapshot = variant.snapshot
                snapshot.channel = channel.rawValue
                snapshot.touchNumber = touch + 1
                snapshot.sequenceId = sequenceId
                snapshot.sentAt = sentAt
                snapshot.dayOfWeek = sentAt.utcDate.isoWeekday
                snapshot.hourOfDay = sentAt.utcTimeOfDay.hour
                if channel == .email {
                    let subject = SyntheticVocabulary.subjects[random.integer(0...(SyntheticVocabulary.subjects.count - 1))]
                    snapshot.subject = subject
                    snapshot.subjectWordCount = PythonText.wordCount(subject)
                    activity.subject = subject
                }
                activity.contentSnapshot = snapshot
                activity.templateId = templateIds[variant.templateIndex]
                let links = random.unit()
                activity.linksIncluded = links < 0.5 ? nil : links < 0.85 ? [Self.links[0]] : Self.links
            }
            if channel == .email {
                if random.chance(0.3) {
                    activity.abTestId = abTestId
                    activity.abVariant = random.chance(0.5) ? "A" : "B"
                }
                if random.chance(0.45) {
                    let openMinutes = random.integer(5...600)
                    activity.emailOpened = true
                    activity.emailOpenCount = random.integer(1...3)
                    activity.timeToOpenMinutes = openMinutes
                    activity.emailOpenedAt = sentAt.adding(minutes: openMinutes)
                    if random.chance(0.2) {
                        let clickMinutes = openMinutes + random.integer(1...60)
                        activity.emailClicked = true
                        activity.emailClickCount = 1
                        activity.timeToClickMinutes = clickMinutes
                        activity.emailClickedAt = sentAt.adding(minutes: clickMinutes)
                    }
                }
            }
            activities.append(activity)
            weights.append(weight)
            previous = sentAt
        }
        return (first, weights)
    }
}
