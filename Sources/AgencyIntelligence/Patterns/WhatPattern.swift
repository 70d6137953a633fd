/// The WHAT pattern (`pattern_type "what"`, version 2.0): which subjects, pain points, CTAs,
/// angles, lengths, personalisation, templates, A/B variants, links and AI models go with
/// converting touches. Encodes to the reference's JSON.
public struct WhatPattern: Codable, Hashable, Sendable {
    /// Always `"what"`.
    public var type: String
    /// `"2.0"`.
    public var version: String
    /// When computed (naive ISO UTC text).
    public var computedAt: String
    /// Activities analysed (0 in the default pattern).
    public var sampleSize: Int
    /// converting ÷ activities (4 dp); absent from the default pattern.
    public var baselineConversionRate: Double?
    /// Subject patterns beating the baseline.
    public var subjectPatterns: SubjectPatterns
    /// Effective and ineffective pain points.
    public var painPoints: PainPoints
    /// CTAs by rate.
    public var ctas: CallsToAction
    /// Angles by rate.
    public var angles: Angles
    /// Channel → optimal word count.
    public var optimalLength: [String: OptimalLength]
    /// Flag (`company_mention`, `first_name`, `recent_news`, `mutual_connection`,
    /// `industry_specific`) → lift; empty in the default pattern.
    public var personalizationLift: [String: Double]
    /// Templates by rate.
    public var templatePerformance: TemplatePerformance
    /// A/B test winners.
    public var abTestInsights: ABTestInsights
    /// Links versus no links.
    public var linkEffectiveness: LinkEffectiveness
    /// AI models and prompt versions by rate.
    public var aiModelPerformance: AIModelPerformance
    /// Set only in the default pattern.
    public var note: String?

    /// Creates a WHAT pattern.
    public init(computedAt: String, sampleSize: Int, baselineConversionRate: Double?, subjectPatterns: SubjectPatterns,
                painPoints: PainPoints, ctas: CallsToAction, angles: Angles, optimalLength: [String: OptimalLength],
                personalizationLift: [String: Double], templatePerformance: TemplatePerformance,
                abTestInsights: ABTestInsights, linkEffectiveness: LinkEffectiveness,
                aiModelPerformance: AIModelPerformance, note: String? = nil) {
        type = "what"
        version = "2.0"
        self.computedAt = computedAt
        self.sampleSize = sampleSize
        self.baselineConversionRate = baselineConversionRate
        self.subjectPatterns = subjectPatterns
        self.painPoints = painPoints
        self.ctas = ctas
        self.angles = angles
        self.optimalLength = optimalLength
        self.personalizationLift = personalizationLift
        self.templatePerformance = templatePerformance
        self.abTestInsights = abTestInsights
        self.linkEffectiveness = linkEffectiveness
        self.aiModelPerformance = aiModelPerformance
        self.note = note
    }

    /// The note of the default pattern.
    public static let defaultNote = "Insufficient data for pattern detection."

    /// The pattern saved when there are too few activities.
    public static func defaultPattern(computedAt: String) -> WhatPattern {
        WhatPattern(
            computedAt: computedAt, sampleSize: 0, baselineConversionRate: nil, subjectPatterns: SubjectPatterns(winning: []),
            painPoints: PainPoints(effective: [], ineffective: []), ctas: CallsToAction(effective: []),
            angles: Angles(rankings: []), optimalLength: [:], personalizationLift: [:],
            templatePerformance: TemplatePerformance(topTemplates: [], bottomTemplates: [], totalTemplatesAnalyzed: 0),
            abTestInsights: ABTestInsights(testInsights: [], totalTestsAnalyzed: 0),
            linkEffectiveness: .unknown,
            aiModelPerformance: AIModelPerformance(bestModel: nil, modelRankings: [], bestPrompt: nil, promptRankings: []),
            note: defaultNote)
    }

    enum CodingKeys: String, CodingKey {
        case type, version, note, angles, ctas
        case computedAt = "computed_at", sampleSize = "sample_size", baselineConversionRate = "baseline_conversion_rate"
        case subjectPatterns = "subject_patterns", painPoints = "pain_points", optimalLength = "optimal_length"
        case personalizationLift = "personalization_lift", templatePerformance = "template_performance"
        case abTestInsights = "ab_test_insights", linkEffectiveness = "link_effectiveness"
        case aiModelPerformance = "ai_model_performance"
    }

    /// Subject patterns that beat the baseline (top 5).
    public struct SubjectPatterns: Codable, Hashable, Sendable {
        /// The winning patterns by rate.
        public var winning: [RateRow<SubjectPatternKey>]

        /// Creates the section.
        public init(winning: [RateRow<SubjectPatternKey>]) { self.winning = winning }
    }

    /// A pain point's share of messages and lift.
    public struct PainPointLift: Codable, Hashable, Sendable {
        /// The pain-point category.
        public var painPoint: String
        /// Occurrences ÷ activities (2 dp).
        public var frequency: Double
        /// rate ÷ baseline (2 dp).
        public var lift: Double

        /// Creates a row.
        public init(painPoint: String, frequency: Double, lift: Double) {
            self.painPoint = painPoint
            self.frequency = frequency
            self.lift = lift
        }

        enum CodingKeys: String, CodingKey {
            case frequency, lift
            case painPoint = "pain_point"
        }
    }

    /// Pain points with lift ≥ 1.1 (top 5 by lift) and < 0.9 (bottom 3).
    public struct PainPoints: Codable, Hashable, Sendable {
        /// Lift ≥ 1.1, by lift descending.
        public var effective: [PainPointLift]
        /// Lift < 0.9, by lift ascending.
        public var ineffective: [PainPointLift]

        /// Creates the section.
        public init(effective: [PainPointLift], ineffective: [PainPointLift]) {
            self.effective = effective
            self.ineffective = ineffective
        }
    }

    /// CTAs by rate (top 5).
    public struct CallsToAction: Codable, Hashable, Sendable {
        /// The CTAs by rate.
        public var effective: [RateRow<CallToActionKey>]

        /// Creates the section.
        public init(effective: [RateRow<CallToActionKey>]) { self.effective = effective }
    }

    /// Angles by rate (all with ≥ 5 messages).
    public struct Angles: Codable, Hashable, Sendable {
        /// The angles by rate.
        public var rankings: [RateRow<AngleKey>]

        /// Creates the section.
        public init(rankings: [RateRow<AngleKey>]) { self.rankings = rankings }
    }

    /// The optimal word count of a channel: the mean length of converting messages.
    public struct OptimalLength: Codable, Hashable, Sendable {
        /// The mean word count of converting messages, truncated.
        public var optimalWords: Int
        /// max(10, optimal − 25).
        public var rangeMin: Int
        /// optimal + 25.
        public var rangeMax: Int

        /// Creates the value.
        public init(optimalWords: Int, rangeMin: Int, rangeMax: Int) {
            self.optimalWords = optimalWords
            self.rangeMin = rangeMin
            self.rangeMax = rangeMax
        }

        enum CodingKeys: String, CodingKey {
            case optimalWords = "optimal_words", rangeMin = "range_min", rangeMax = "range_max"
        }
    }

    /// Templates by rate.
    public struct TemplatePerformance: Codable, Hashable, Sendable {
        /// The best 5.
        public var topTemplates: [RateRow<TemplateKey>]
        /// The last 3 of the full ranking, when more than 3 templates qualify.
        public var bottomTemplates: [RateRow<TemplateKey>]
        /// Distinct templates seen, including those below the minimum.
        public var totalTemplatesAnalyzed: Int

        /// Creates the section.
        public init(topTemplates: [RateRow<TemplateKey>], bottomTemplates: [RateRow<TemplateKey>],
                    totalTemplatesAnalyzed: Int) {
            self.topTemplates = topTemplates
            self.bottomTemplates = bottomTemplates
            self.totalTemplatesAnalyzed = totalTemplatesAnalyzed
        }

        enum CodingKeys: String, CodingKey {
            case topTemplates = "top_templates", bottomTemplates = "bottom_templates"
            case totalTemplatesAnalyzed = "total_templates_analyzed"
        }
    }

    /// The best and worst variant of one A/B test.
    public struct ABTestInsight: Codable, Hashable, Sendable {
        /// The test.
        public var testId: String
        /// The variant with the highest rate (first seen on a tie).
        public var bestVariant: String
        /// Its rate (4 dp).
        public var bestRate: Double
        /// The variant with the lowest rate (first seen on a tie).
        public var worstVariant: String
        /// Its rate (4 dp).
        public var worstRate: Double
        /// best − worst (4 dp).
        public var liftDifference: Double

        /// Creates a row.
        public init(testId: String, bestVariant: String, bestRate: Double, worstVariant: String, worstRate: Double,
                    liftDifference: Double) {
            self.testId = testId
            self.bestVariant = bestVariant
            self.bestRate = bestRate
            self.worstVariant = worstVariant
            self.worstRate = worstRate
            self.liftDifference = liftDifference
        }

        enum CodingKeys: String, CodingKey {
            case testId = "test_id", bestVariant = "best_variant", bestRate = "best_rate"
            case worstVariant = "worst_variant", worstRate = "worst_rate", liftDifference = "lift_difference"
        }
    }

    /// A/B tests with at least two variants of ≥ 5 messages.
    public struct ABTestInsights: Codable, Hashable, Sendable {
        /// One row per qualifying test.
        public var testInsights: [ABTestInsight]
        /// Distinct tests seen.
        public var totalTestsAnalyzed: Int

        /// Creates the section.
        public init(testInsights: [ABTestInsight], totalTestsAnalyzed: Int) {
            self.testInsights = testInsights
            self.totalTestsAnalyzed = totalTestsAnalyzed
        }

        enum CodingKeys: String, CodingKey {
            case testInsights = "test_insights", totalTestsAnalyzed = "total_tests_analyzed"
        }
    }

    /// AI models and prompt versions by rate.
    public struct AIModelPerformance: Codable, Hashable, Sendable {
        /// The first model ranking, or `nil`.
        public var bestModel: RateRow<ModelKey>?
        /// The best 3 models.
        public var modelRankings: [RateRow<ModelKey>]
        /// The first prompt ranking, or `nil`.
        public var bestPrompt: RateRow<PromptVersionKey>?
        /// The best 3 prompt versions.
        public var promptRankings: [RateRow<PromptVersionKey>]

        /// Creates the section.
        public init(bestModel: RateRow<ModelKey>?, modelRankings: [RateRow<ModelKey>],
                    bestPrompt: RateRow<PromptVersionKey>?, promptRankings: [RateRow<PromptVersionKey>]) {
            self.bestModel = bestModel
            self.modelRankings = modelRankings
            self.bestPrompt = bestPrompt
            self.promptRankings = promptRankings
        }

        enum CodingKeys: String, CodingKey {
            case bestModel = "best_model", modelRankings = "model_rankings", bestPrompt = "best_prompt"
            case promptRankings = "prompt_rankings"
        }

        /// Encodes `best_model` and `best_prompt` as `null` when absent.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(bestModel, forKey: .bestModel)
            try container.encode(modelRankings, forKey: .modelRankings)
            try container.encode(bestPrompt, forKey: .bestPrompt)
            try container.encode(promptRankings, forKey: .promptRankings)
        }
    }
}
