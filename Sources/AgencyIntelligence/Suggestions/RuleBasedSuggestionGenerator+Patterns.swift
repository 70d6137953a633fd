import AgencyCore
import AgencyOS
import Foundation

extension RuleBasedSuggestionGenerator {
    /// refine_targeting from WHO titles, industries, size buckets and timing signals (lift ≥ 1.5).
    func refineTargeting(_ context: SuggestionContext) -> CampaignSuggestion? {
        guard let who = context.who, let baseline = who.pattern.baselineConversionRateIfComputed else { return nil }
        var candidates: [SuggestionFinding] = []
        for row in who.pattern.titleRankings {
            candidates.append(SuggestionFinding(source: "who.title_rankings", label: row.title, rate: row.conversionRate,
                                                baseline: baseline, sample: row.sample, lift: row.lift))
        }
        for row in who.pattern.industryRankings {
            candidates.append(SuggestionFinding(source: "who.industry_rankings", label: row.industry,
                                                rate: row.conversionRate, baseline: baseline, sample: row.sample,
                                                lift: row.lift))
        }
        for row in who.pattern.sizeAnalysis.distribution {
            candidates.append(SuggestionFinding(source: "who.size_analysis", label: "\(row.range) employees",
                                                rate: row.conversionRate, baseline: baseline, sample: row.sample))
        }
        let signals = who.pattern.timingSignals
        for (label, lift) in [("new role", signals.newRoleLift), ("hiring", signals.hiringLift), ("recent funding", signals.fundedLift)] {
            candidates.append(SuggestionFinding(source: "who.timing_signals", label: label, rate: lift * baseline,
                                                baseline: baseline, sample: SegmentMinimum.standard, lift: lift,
                                                sampleIsMinimum: true))
        }
        let findings = qualifying(candidates, lift: rules.targetingLift)
        let titles = findings.filter { $0.source == "who.title_rankings" }.map(\.label)
        let industries = findings.filter { $0.source == "who.industry_rankings" }.map(\.label)
        let sizes = findings.filter { $0.source == "who.size_analysis" }.map { String($0.label.dropLast(" employees".count)) }
        let signalsFound = findings.filter { $0.source == "who.timing_signals" }.map(\.label)
        return suggestion(Draft(
            type: .refineTargeting, patternTypes: [.who], findings: findings, comparisons: candidates.count,
            patternConfidence: who.confidence,
            title: { "Refine targeting toward \($0.label)" },
            description: { primary, all in
                "\(primary.label) converts at \(SuggestionStatistics.percent(primary.rate)) against a "
                    + "\(SuggestionStatistics.percent(primary.baseline)) baseline (\(SuggestionStatistics.times(primary.lift)) lift, "
                    + "\(primary.sample) leads). Prioritise \(Self.list(all.map(\.label)))."
            },
            action: .object([
                "action": .string("refine_targeting"), "titles": .array(titles.map { .string($0) }),
                "industries": .array(industries.map { .string($0) }),
                "company_sizes": .array(sizes.map { .string($0) }),
                "timing_signals": .array(signalsFound.map { .string($0) }),
            ]),
            assumption: "\(Int(rules.projectedShare * 100))% of new leads come from the winning segment"), context: context)
    }

    /// update_content from WHAT subjects, pain points, CTAs, angles, templates and personalisation (lift ≥ 1.3).
    func updateContent(_ context: SuggestionContext) -> CampaignSuggestion? {
        guard let what = context.what, let baseline = what.pattern.baselineConversionRate else { return nil }
        let pattern = what.pattern
        var candidates: [SuggestionFinding] = []
        for row in pattern.subjectPatterns.winning {
            candidates.append(SuggestionFinding(source: "what.subject_patterns", label: "subject style \(row.value)",
                                                rate: row.conversionRate, baseline: baseline, sample: row.sample))
        }
        for row in pattern.painPoints.effective {
            let sample = Int((row.frequency * Double(pattern.sampleSize)).rounded())
            candidates.append(SuggestionFinding(source: "what.pain_points", label: "the \(row.painPoint) pain point",
                                                rate: row.lift * baseline, baseline: baseline, sample: sample, lift: row.lift))
        }
        for row in pattern.ctas.effective {
            candidates.append(SuggestionFinding(source: "what.ctas", label: "the CTA \"\(row.value)\"",
                                                rate: row.conversionRate, baseline: baseline, sample: row.sample))
        }
        for row in pattern.angles.rankings {
            candidates.append(SuggestionFinding(source: "what.angles", label: "the \(row.value) angle",
                                                rate: row.conversionRate, baseline: baseline, sample: row.sample))
        }
        for row in pattern.templatePerformance.topTemplates {
            candidates.append(SuggestionFinding(source: "what.template_performance", label: "template \(row.value)",
                                                rate: row.conversionRate, baseline: baseline, sample: row.sample,
                                                lift: row.lift))
        }
        for key in WhatAccumulator.personalizationKeys {
            guard let lift = pattern.personalizationLift[key] else { continue }
            candidates.append(SuggestionFinding(source: "what.personalization_lift",
                                                label: "\(key.replacingOccurrences(of: "_", with: " ")) personalisation",
                                                rate: lift * baseline, baseline: baseline, sample: SegmentMinimum.standard,
                                                lift: lift, sampleIsMinimum: true))
        }
        let findings = qualifying(candidates, lift: rules.contentLift)
        return suggestion(Draft(
            type: .updateContent, patternTypes: [.what], findings: findings, comparisons: candidates.count,
            patternConfidence: what.confidence,
            title: { "Use \($0.label) in more messages" },
            description: { primary, all in
                "Messages with \(primary.label) convert at \(SuggestionStatistics.percent(primary.rate)) against a "
                    + "\(SuggestionStatistics.percent(primary.baseline)) baseline (\(SuggestionStatistics.times(primary.lift)) lift, "
                    + "\(primary.sample) messages). Winning content: \(Self.list(all.map(\.label)))."
            },
            action: .object([
                "action": .string("update_content"),
                "use": .array(findings.map { .object(["source": .string($0.source), "element": .string($0.label)]) }),
            ]),
            assumption: "\(Int(rules.projectedShare * 100))% of messages adopt the winning element"), context: context)
    }

    /// adjust_timing from WHEN days and hours (lift ≥ 1.3).
    func adjustTiming(_ context: SuggestionContext) -> CampaignSuggestion? {
        guard let when = context.when, let baseline = when.pattern.baselineConversionRate else { return nil }
        var candidates: [SuggestionFinding] = []
        for row in when.pattern.bestDays {
            candidates.append(SuggestionFinding(source: "when.best_days", label: row.day, rate: row.conversionRate,
                                                baseline: baseline, sample: row.sample))
        }
        for row in when.pattern.bestHours {
            candidates.append(SuggestionFinding(source: "when.best_hours", label: "\(row.hour):00", rate: row.conversionRate,
                                                baseline: baseline, sample: row.sample))
        }
        let findings = qualifying(candidates, lift: rules.timingLift)
        let days = when.pattern.bestDays.filter { day in findings.contains { $0.source == "when.best_days" && $0.label == day.day } }
        let hours = when.pattern.bestHours.filter { hour in
            findings.contains { $0.source == "when.best_hours" && $0.label == "\(hour.hour):00" }
        }
        return suggestion(Draft(
            type: .adjustTiming, patternTypes: [.when], findings: findings, comparisons: candidates.count,
            patternConfidence: when.confidence,
            title: { "Send more touches at \($0.label)" },
            description: { primary, all in
                "Touches sent at \(primary.label) convert at \(SuggestionStatistics.percent(primary.rate)) against a "
                    + "\(SuggestionStatistics.percent(primary.baseline)) baseline (\(SuggestionStatistics.times(primary.lift)) lift, "
                    + "\(primary.sample) touches). Schedule sends for \(Self.list(all.map(\.label)))."
            },
            action: .object([
                "action": .string("adjust_timing"),
                "work_days": .array(days.map { .number(Decimal($0.dayIndex)) }),
                "send_hours": .array(hours.map { .number(Decimal($0.hour)) }),
            ]),
            assumption: "\(Int(rules.projectedShare * 100))% of touches move into the winning window"), context: context)
    }

    /// change_channel_mix from HOW channels and sequences (lift ≥ 1.5).
    func changeChannelMix(_ context: SuggestionContext) -> CampaignSuggestion? {
        guard let how = context.how, let baseline = how.pattern.baselineConversionRate else { return nil }
        var candidates: [SuggestionFinding] = []
        for row in how.pattern.channelEffectiveness {
            candidates.append(SuggestionFinding(source: "how.channel_effectiveness", label: row.value,
                                                rate: row.conversionRate, baseline: baseline, sample: row.sample,
                                                lift: row.lift))
        }
        for row in how.pattern.sequencePatterns.winningSequences {
            candidates.append(SuggestionFinding(source: "how.sequence_patterns", label: row.value,
                                                rate: row.conversionRate, baseline: baseline, sample: row.sample))
        }
        let findings = qualifying(candidates, lift: rules.channelLift)
        return suggestion(Draft(
            type: .changeChannelMix, patternTypes: [.how], findings: findings, comparisons: candidates.count,
            patternConfidence: how.confidence,
            title: { "Shift outreach toward \($0.label)" },
            description: { primary, all in
                "Leads reached via \(primary.label) convert at \(SuggestionStatistics.percent(primary.rate)) against a "
                    + "\(SuggestionStatistics.percent(primary.baseline)) baseline (\(SuggestionStatistics.times(primary.lift)) lift, "
                    + "\(primary.sample) leads). Favour \(Self.list(all.map(\.label)))."
            },
            action: .object([
                "action": .string("change_channel_mix"),
                "favor_channels": .array(findings.filter { $0.source == "how.channel_effectiveness" }.map { .string($0.label) }),
                "favor_sequences": .array(findings.filter { $0.source == "how.sequence_patterns" }.map { .string($0.label) }),
            ]),
            assumption: "\(Int(rules.projectedShare * 100))% of leads move to the winning channel mix"), context: context)
    }

    /// Findings with lift ≥ `lift` (on the reported numbers) and at least the minimum segment
    /// sample (findings of unreported size are judged at the detector's minimum instead).
    func qualifying(_ candidates: [SuggestionFinding], lift: Double) -> [SuggestionFinding] {
        candidates.filter { $0.lift >= lift && ($0.sampleIsMinimum || $0.sample >= rules.minimumSegmentSample) }
    }
}

extension WhoPattern {
    /// The baseline, unless this is the default pattern.
    var baselineConversionRateIfComputed: Double? { note == nil ? baselineConversionRate : nil }
}
