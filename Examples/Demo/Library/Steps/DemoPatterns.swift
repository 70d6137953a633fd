import AgencyKit

extension DemoSession {
    /// Prints the saved WHO, WHAT, WHEN and HOW patterns as a person would read them.
    func summarizePatterns(_ result: ClientLearningResult) async throws {
        if let row = result.pattern(.who) {
            let who = try row.patterns.decode(as: WhoPattern.self)
            output.line()
            output.line("   WHO converts (baseline \(DemoFormat.percent(who.baselineConversionRate)) of "
                + "\(DemoFormat.count(who.sampleSize)) finished leads)")
            output.table(who.titleRankings.prefix(5).map {
                ["title", $0.title, DemoFormat.percent($0.conversionRate), "lift \(DemoFormat.lift($0.lift))", "n=\($0.sample)"]
            } + who.industryRankings.prefix(4).map {
                ["industry", $0.industry, DemoFormat.percent($0.conversionRate), "lift \(DemoFormat.lift($0.lift))",
                 "n=\($0.sample)"]
            }, indent: 5)
            output.line("     (titles are normalised: \"owner\" counts founders and owners, \"ceo\" every chief executive)")
            output.line("     company-size sweet spot: \(who.sizeAnalysis.sweetSpot ?? "none") "
                + "(\(DemoFormat.percent(who.sizeAnalysis.sweetSpotRate))); timing lifts: new role "
                + "\(DemoFormat.lift(who.timingSignals.newRoleLift)), hiring \(DemoFormat.lift(who.timingSignals.hiringLift)), "
                + "funded \(DemoFormat.lift(who.timingSignals.fundedLift))")
        }
        if let row = result.pattern(.what) {
            let what = try row.patterns.decode(as: WhatPattern.self)
            let lift = { (row: RateRowFields) in Self.lift(row.lift, rate: row.rate, baseline: what.baselineConversionRate) }
            output.line()
            output.line("   WHAT converts (\(DemoFormat.count(what.sampleSize)) messages, baseline "
                + "\(what.baselineConversionRate.map { DemoFormat.percent($0) } ?? "—"))")
            output.table(what.subjectPatterns.winning.prefix(3).map {
                ["subject", $0.value, DemoFormat.percent($0.conversionRate), lift(RateRowFields($0)), "n=\($0.sample)"]
            } + what.ctas.effective.prefix(3).map {
                ["call to action", $0.value, DemoFormat.percent($0.conversionRate), lift(RateRowFields($0)), "n=\($0.sample)"]
            } + what.painPoints.effective.prefix(2).map {
                ["pain point", $0.painPoint, "in \(DemoFormat.percent($0.frequency))", "lift \(DemoFormat.lift($0.lift))"]
            }, indent: 5)
            let lengths = what.optimalLength.keys.sorted().compactMap { channel in
                what.optimalLength[channel].map { "\(channel) \($0.optimalWords) words" }
            }
            if !lengths.isEmpty { output.line("     optimal length: \(lengths.joined(separator: ", "))") }
        }
        if let row = result.pattern(.when) {
            let when = try row.patterns.decode(as: WhenPattern.self)
            output.line()
            output.line("   WHEN converts (\(DemoFormat.count(when.sampleSize)) touches, in the lead's time zone)")
            output.table(when.bestDays.prefix(3).map {
                ["day", $0.day, DemoFormat.percent($0.conversionRate), "n=\($0.sample)"]
            } + when.bestHours.prefix(3).map {
                ["hour", String(format: "%02d:00", $0.hour), DemoFormat.percent($0.conversionRate), "n=\($0.sample)"]
            }, indent: 5)
            let touches = when.convertingTouchDistribution.keys.sorted().compactMap { key in
                when.convertingTouchDistribution[key].map { "\(key) \(DemoFormat.percent($0, digits: 0))" }
            }
            output.line("     converting touch: \(touches.joined(separator: ", "))")
        }
        if let row = result.pattern(.how) {
            let how = try row.patterns.decode(as: HowPattern.self)
            let lift = { (row: RateRowFields) in Self.lift(row.lift, rate: row.rate, baseline: how.baselineConversionRate) }
            output.line()
            output.line("   HOW converts (\(DemoFormat.count(how.sampleSize)) leads)")
            output.table(how.channelEffectiveness.map {
                ["channel", $0.value, DemoFormat.percent($0.conversionRate), lift(RateRowFields($0)), "n=\($0.sample)"]
            } + how.sequencePatterns.winningSequences.prefix(3).map {
                ["sequence", $0.value, DemoFormat.percent($0.conversionRate), lift(RateRowFields($0)), "n=\($0.sample)"]
            }, indent: 5)
            let multi = how.multiChannelLift
            output.line("     multi-channel \(DemoFormat.percent(multi.multiChannelRate)) vs single "
                + "\(DemoFormat.percent(multi.singleChannelRate)) (lift \(DemoFormat.lift(multi.multiChannelLift))): "
                + multi.recommendation)
        }
    }

    /// The lift a pattern reports, or the rate over the baseline when it reports none.
    static func lift(_ reported: Double?, rate: Double, baseline: Double?) -> String {
        if let reported { return "lift \(DemoFormat.lift(reported))" }
        guard let baseline, baseline > 0 else { return "" }
        return "lift \(DemoFormat.lift(rate / baseline))"
    }
}

/// The fields of a pattern's rate row the summary reads, whatever its key type.
struct RateRowFields {
    var rate: Double
    var lift: Double?

    init<Key: RateRowKey>(_ row: RateRow<Key>) {
        rate = row.conversionRate
        lift = row.lift
    }
}
