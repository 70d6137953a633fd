import AgencyCore
import AgencyOS

/// The single pass of the HOW detector over a client's activities: each outcome lead's
/// journey and the email-engagement tallies, with one lead lookup per activity.
struct HowScan {
    struct LeadInfo {
        /// Index of the lead's journey, or -1 when the lead is not in the outcome sample.
        var slot: Int32
        var converted: Bool
    }

    var journeys: [HowDetector.Journey] = []
    var engagement = EmailEngagementTally()

    init(leads: [Lead], activities: [Activity], configuration: IntelligenceConfiguration, now: Timestamp) {
        let cutoff = now.adding(days: -configuration.lookbackDays)
        var info: [ID<Lead>: LeadInfo] = [:]
        info.reserveCapacity(leads.count)
        for index in leads.indices where leads[index].deletedAt == nil {
            let status = leads[index].status
            let converted = configuration.outcomes.isConverted(status)
            var slot: Int32 = -1
            if leads[index].createdAt >= cutoff, configuration.outcomes.hasOutcome(status) {
                slot = Int32(journeys.count)
                journeys.append(HowDetector.Journey(converted: converted, tier: leads[index].alsTier?.rawValue ?? "unknown"))
            }
            info[leads[index].id] = LeadInfo(slot: slot, converted: converted)
        }
        var touches: [(slot: Int32, time: Int64, channel: ChannelType)] = []
        activities.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var lastLead: ID<Lead>?
            var lastInfo: LeadInfo?
            for index in 0..<buffer.count {
                let activity = base + index
                let action = activity.pointee.action
                let isTouch = HowDetector.isTouch(action)
                let isEmailSend = activity.pointee.channel == .email && (action == "sent" || action == "email_sent")
                    && activity.pointee.createdAt >= cutoff
                guard isTouch || isEmailSend else { continue }
                let lead = activity.pointee.leadId
                if lead != lastLead {
                    lastLead = lead
                    lastInfo = info[lead]
                }
                guard let leadInfo = lastInfo else { continue }
                if isTouch, leadInfo.slot >= 0 {
                    touches.append((leadInfo.slot, activity.pointee.createdAt.microsecondsSinceEpoch, activity.pointee.channel))
                }
                if isEmailSend { engagement.add(activity, converted: leadInfo.converted) }
            }
        }
        buildJourneys(touches)
    }

    /// Orders each lead's touches by time (input order on ties) and fills its journey.
    private mutating func buildJourneys(_ touches: [(slot: Int32, time: Int64, channel: ChannelType)]) {
        var starts = Array(repeating: 0, count: journeys.count + 1)
        for touch in touches { starts[Int(touch.slot) + 1] += 1 }
        for slot in 0..<journeys.count { starts[slot + 1] += starts[slot] }
        var ordered = Array(repeating: 0, count: touches.count)
        var fill = starts
        for (index, touch) in touches.enumerated() {
            ordered[fill[Int(touch.slot)]] = index
            fill[Int(touch.slot)] += 1
        }
        for slot in 0..<journeys.count {
            var lead = Array(ordered[starts[slot]..<starts[slot + 1]])
            if zip(lead, lead.dropFirst()).contains(where: { touches[$0.1].time < touches[$0.0].time }) {
                lead = lead.enumerated().sorted {
                    touches[$0.element].time != touches[$1.element].time
                        ? touches[$0.element].time < touches[$1.element].time : $0.offset < $1.offset
                }.map(\.element)
            }
            journeys[slot].touchCount = lead.count
            for index in lead {
                let channel = touches[index].channel
                if journeys[slot].sequence.count < 6 { journeys[slot].sequence.append(channel) }
                if !journeys[slot].channels.contains(channel) { journeys[slot].channels.append(channel) }
            }
        }
    }
}

/// Email sends versus their lead's conversion.
struct EmailEngagementTally {
    var total = 0, opened = 0, clicked = 0, conversions = 0
    var openedConverted = 0, clickedConverted = 0, notOpenedConverted = 0, clickedAndOpened = 0
    var openMinutes = 0.0, openCount = 0, clickMinutes = 0.0, clickCount = 0
    var opensConverted = 0.0, convertedSends = 0, opensOther = 0.0, otherSends = 0

    mutating func add(_ activity: UnsafePointer<Activity>, converted isConverted: Bool) {
        let wasOpened = activity.pointee.emailOpened
        let wasClicked = activity.pointee.emailClicked
        total += 1
        if wasOpened { opened += 1 }
        if wasClicked { clicked += 1 }
        if wasOpened && wasClicked { clickedAndOpened += 1 }
        if isConverted {
            conversions += 1
            if wasOpened { openedConverted += 1 } else { notOpenedConverted += 1 }
            if wasClicked { clickedConverted += 1 }
            if let minutes = activity.pointee.timeToOpenMinutes {
                openMinutes += Double(minutes)
                openCount += 1
            }
            if let minutes = activity.pointee.timeToClickMinutes {
                clickMinutes += Double(minutes)
                clickCount += 1
            }
            opensConverted += Double(activity.pointee.emailOpenCount)
            convertedSends += 1
        } else {
            opensOther += Double(activity.pointee.emailOpenCount)
            otherSends += 1
        }
    }

    /// The section, or `nil` without email sends.
    func correlation() -> HowPattern.EmailEngagementCorrelation? {
        guard total > 0 else { return nil }
        let openConversion = opened > 0 ? Double(openedConverted) / Double(opened) * 100 : 0
        let notOpenedConversion = total - opened > 0 ? Double(notOpenedConverted) / Double(total - opened) * 100 : 0
        let clickConversion = clicked > 0 ? Double(clickedConverted) / Double(clicked) * 100 : 0
        let baseline = Double(conversions) / Double(total) * 100
        let openLift = baseline > 0 ? openConversion / baseline : 1.0
        let clickLift = baseline > 0 ? clickConversion / baseline : 1.0
        let avgOpensConverted = convertedSends > 0 ? opensConverted / Double(convertedSends) : 0
        let avgOpensOther = otherSends > 0 ? opensOther / Double(otherSends) : 0
        return HowPattern.EmailEngagementCorrelation(
            sampleSize: total, openRate: OutputRounding.round(Double(opened) / Double(total) * 100, places: 2),
            clickRate: OutputRounding.round(Double(clicked) / Double(total) * 100, places: 2),
            clickToOpenRate: opened > 0 ? OutputRounding.round(Double(clickedAndOpened) / Double(opened) * 100, places: 2) : 0,
            conversionRateIfOpened: OutputRounding.round(openConversion, places: 2),
            conversionRateIfNotOpened: OutputRounding.round(notOpenedConversion, places: 2),
            conversionRateIfClicked: OutputRounding.round(clickConversion, places: 2),
            openConversionLift: OutputRounding.round(openLift, places: 2),
            clickConversionLift: OutputRounding.round(clickLift, places: 2),
            avgOpensConverted: OutputRounding.round(avgOpensConverted, places: 1),
            avgOpensNotConverted: OutputRounding.round(avgOpensOther, places: 1),
            avgTimeToOpenConverted: openCount > 0 ? OutputRounding.round(openMinutes / Double(openCount), places: 0) : 0,
            avgTimeToClickConverted: clickCount > 0 ? OutputRounding.round(clickMinutes / Double(clickCount), places: 0) : 0,
            insights: HowPattern.EmailEngagementCorrelation.insights(
                openLift: openLift, clickLift: clickLift, avgOpensConverted: avgOpensConverted,
                avgOpensNotConverted: avgOpensOther))
    }
}
