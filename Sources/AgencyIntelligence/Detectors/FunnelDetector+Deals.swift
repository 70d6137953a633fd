import AgencyCore
import AgencyOS
import Foundation

extension FunnelDetector {
    struct Average {
        var sum = 0.0
        var count = 0
        mutating func add(_ value: Double?) {
            guard let value else { return }
            sum += value
            count += 1
        }
        var value: Double? { count > 0 ? sum / Double(count) : nil }
    }

    func winRate(leadIndex: [ID<Lead>: Int], deals: [DealRecord], cutoff: Timestamp) -> FunnelPattern.WinRate {
        var total = 0, won = 0
        var wonValue = Average(), daysToWin = Average(), daysToLose = Average()
        var touchesWon = Average(), touchesLost = Average()
        var email = ConversionTally(), linkedin = ConversionTally()
        for deal in deals {
            guard deal.closedAt != nil, deal.createdAt >= cutoff, let lead = deal.leadId, leadIndex[lead] != nil else {
                continue
            }
            total += 1
            let isWon = deal.won == true
            if isWon {
                won += 1
                wonValue.add(deal.value)
                daysToWin.add(deal.daysToClose.map(Double.init))
                touchesWon.add(deal.touchesBeforeDeal.map(Double.init))
            } else if deal.won == false {
                daysToLose.add(deal.daysToClose.map(Double.init))
                touchesLost.add(deal.touchesBeforeDeal.map(Double.init))
            }
            if deal.firstTouchChannel == "email" { email.record(converted: isWon) }
            if deal.firstTouchChannel == "linkedin" { linkedin.record(converted: isWon) }
        }
        guard total > 0 else { return FunnelPattern.WinRate(sampleSize: 0, winRate: nil, avgWonValue: nil, avgDaysToClose: nil, insights: []) }
        var insights: [FunnelInsight] = []
        if let win = daysToWin.value, let lose = daysToLose.value, win < lose {
            var insight = FunnelInsight(
                type: "velocity_indicator",
                message: "Won deals close in \(OutputRounding.fixed(win, decimals: 0)) days vs \(OutputRounding.fixed(lose, decimals: 0)) for lost",
                action: "Deals stalling beyond average may be at risk")
            insight.avgDaysToWin = OutputRounding.round(win, places: 0)
            insight.avgDaysToLose = OutputRounding.round(lose, places: 0)
            insights.append(insight)
        }
        if let wonTouches = touchesWon.value, let lostTouches = touchesLost.value {
            var insight = FunnelInsight(type: "touch_count")
            insight.avgTouchesWon = OutputRounding.round(wonTouches, places: 1)
            insight.avgTouchesLost = OutputRounding.round(lostTouches, places: 1)
            insights.append(insight)
        }
        var channelRates: [(String, Double)] = []
        if email.total >= 5 { channelRates.append(("email", email.rate * 100)) }
        if linkedin.total >= 5 { channelRates.append(("linkedin", linkedin.rate * 100)) }
        if channelRates.count >= 2 {
            var best = channelRates[0]
            for entry in channelRates.dropFirst() where entry.1 > best.1 { best = entry }
            var insight = FunnelInsight(type: "channel_win_rates",
                                        message: "\(best.0) leads have highest win rate (\(percentText(best.1)))")
            insight.rates = Dictionary(uniqueKeysWithValues: channelRates.map { ($0.0, OutputRounding.round($0.1, places: 1)) })
            insight.bestChannel = best.0
            insights.append(insight)
        }
        return FunnelPattern.WinRate(
            sampleSize: total, winRate: OutputRounding.round(Double(won) / Double(total) * 100, places: 1),
            avgWonValue: wonValue.value ?? 0, avgDaysToClose: daysToWin.value.map { OutputRounding.round($0, places: 0) } ?? 0,
            insights: insights)
    }

    static func lostDeals(_ deals: [DealRecord], cutoff: Timestamp) -> FunnelPattern.LostDeals {
        var counts = Counter<String?>()
        var values: [String?: Average] = [:]
        var days: [String?: Average] = [:]
        for deal in deals {
            guard deal.won == false, let closed = deal.closedAt, closed >= cutoff else { continue }
            counts.add(deal.lostReason)
            values[deal.lostReason, default: Average()].add(deal.value)
            days[deal.lostReason, default: Average()].add(deal.daysToClose.map(Double.init))
        }
        let total = counts.counts.reduce(0, +)
        guard total > 0 else { return FunnelPattern.LostDeals(sampleSize: 0, topReasons: []) }
        let reasons = counts.sortedByCount().prefix(5).map { entry in
            FunnelPattern.LostReason(
                reason: entry.key ?? "unknown", count: entry.count,
                percentage: OutputRounding.round(Double(entry.count) / Double(total) * 100, places: 1),
                totalValueLost: values[entry.key]?.value == nil ? 0 : values[entry.key]?.sum ?? 0,
                avgDaysInPipeline: days[entry.key]?.value.map { OutputRounding.round($0, places: 0) } ?? 0)
        }
        return FunnelPattern.LostDeals(sampleSize: total, topReasons: Array(reasons))
    }

    static func attribution(_ deals: [DealRecord], cutoff: Timestamp) -> FunnelPattern.ChannelAttribution {
        struct Tally { var won = 0, total = 0; var wonValue = Average() }
        var order: [String] = []
        var channels: [String: Tally] = [:]
        for deal in deals {
            guard let closed = deal.closedAt, closed >= cutoff, let channel = deal.firstTouchChannel else { continue }
            if channels[channel] == nil { order.append(channel) }
            channels[channel, default: Tally()].total += 1
            if deal.won == true {
                channels[channel, default: Tally()].won += 1
                channels[channel, default: Tally()].wonValue.add(deal.value)
            }
        }
        guard !order.isEmpty else { return FunnelPattern.ChannelAttribution(sampleSize: 0, totalRevenue: nil, channels: []) }
        // ORDER BY won revenue DESC NULLS LAST; ties keep first-seen order.
        let ranked = order.stablySorted(by: { channels[$0]?.wonValue.count ?? 0 > 0 ? channels[$0]?.wonValue.sum ?? 0 : -.infinity })
        let totalRevenue = ranked.reduce(0.0) { $0 + (channels[$1]?.wonValue.sum ?? 0) }
        let rows = ranked.map { channel -> FunnelPattern.ChannelRevenue in
            let tally = channels[channel] ?? Tally()
            let revenue = tally.wonValue.sum
            return FunnelPattern.ChannelRevenue(
                channel: channel, dealsWon: tally.won, dealsTotal: tally.total,
                winRate: tally.total > 0 ? OutputRounding.round(Double(tally.won) / Double(tally.total) * 100, places: 1) : 0,
                revenue: revenue,
                revenuePercentage: totalRevenue > 0 ? OutputRounding.round(revenue / totalRevenue * 100, places: 1) : 0,
                avgDealValue: tally.wonValue.value ?? 0)
        }
        return FunnelPattern.ChannelAttribution(sampleSize: rows.reduce(0) { $0 + $1.dealsTotal },
                                                totalRevenue: totalRevenue, channels: rows)
    }

    static func velocity(_ input: FunnelInput, cutoff: Timestamp) -> FunnelPattern.Velocity {
        var dealWon: [UUID: Bool?] = [:]
        for deal in input.deals {
            if let closed = deal.closedAt, closed >= cutoff { dealWon[deal.id] = .some(deal.won) }
        }
        struct Tally { var won = 0, lost = 0; var daysWon = Average(), daysLost = Average() }
        var order: [String] = []
        var stages: [String: Tally] = [:]
        for change in input.stageChanges {
            guard let stage = change.fromStage, let won = dealWon[change.dealId] else { continue }
            var tally = stages[stage] ?? Tally()
            if stages[stage] == nil { order.append(stage) }
            if won == true {
                tally.won += 1
                tally.daysWon.add(change.daysInPreviousStage)
            } else if won == false {
                tally.lost += 1
                tally.daysLost.add(change.daysInPreviousStage)
            }
            stages[stage] = tally
        }
        guard !order.isEmpty else { return FunnelPattern.Velocity(sampleSize: 0, stageVelocity: []) }
        let known = order.filter { stageOrder.contains($0) }.sorted {
            (stageOrder.firstIndex(of: $0) ?? 0) < (stageOrder.firstIndex(of: $1) ?? 0)
        }
        let rows = (known + order.filter { !stageOrder.contains($0) }).map { stage -> FunnelPattern.StageVelocity in
            let tally = stages[stage] ?? Tally()
            return FunnelPattern.StageVelocity(
                stage: stage, avgDaysWon: tally.daysWon.value.map { OutputRounding.round($0, places: 1) } ?? 0,
                avgDaysLost: tally.daysLost.value.map { OutputRounding.round($0, places: 1) } ?? 0,
                wonCount: tally.won, lostCount: tally.lost)
        }
        return FunnelPattern.Velocity(sampleSize: rows.reduce(0) { $0 + $1.wonCount + $1.lostCount }, stageVelocity: rows)
    }
}
