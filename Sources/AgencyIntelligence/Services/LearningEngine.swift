import AgencyCore
import AgencyOS

/// The pure core of a learning run: every detector and the weight optimiser over one
/// client's ``LearningInputs``, concurrently, without a store.
///
/// ```swift
/// let detections = await LearningEngine().detect(LearningInputs(client: client, leads: leads, activities: activities), at: now)
/// ```
public struct LearningEngine: Sendable {
    /// Windows, minimums and outcome set of the detectors.
    public var configuration: IntelligenceConfiguration
    /// The weight optimiser.
    public var optimizer: WeightOptimizer

    /// An engine with the given configuration (the optimiser shares it).
    public init(configuration: IntelligenceConfiguration = .standard, optimizer: WeightOptimizer? = nil) {
        self.configuration = configuration
        self.optimizer = optimizer ?? WeightOptimizer(configuration: configuration)
    }

    /// Runs WHO, WHAT, WHEN, HOW, FUNNEL (when ``LearningInputs/funnel`` is set) and the
    /// weight optimiser over `inputs` at `now`, each in its own child task, so a large
    /// client's run uses every core. They are pure functions of the same immutable inputs,
    /// so the result is identical to running them one after another.
    public func detect(_ inputs: LearningInputs, at now: Timestamp) async -> LearningDetections {
        let configuration = configuration
        let optimizer = optimizer
        // WHAT costs the most (every body is scanned), so it starts first.
        async let what = WhatDetector(configuration: configuration).detect(activities: inputs.activities, now: now)
        async let when = WhenDetector(configuration: configuration).detect(activities: inputs.activities, now: now)
        async let how = HowDetector(configuration: configuration)
            .detect(leads: inputs.leads, activities: inputs.activities, threads: inputs.threads, now: now)
        async let who = WhoDetector(configuration: configuration).detect(leads: inputs.leads, now: now)
        async let funnel = inputs.funnel.map {
            FunnelDetector(configuration: configuration).detect(leads: inputs.leads, input: $0, now: now)
        }
        async let optimization = optimizer.optimize(leads: inputs.leads, now: now)
        return LearningDetections(who: await who, what: await what, when: await when, how: await how,
                                  funnel: await funnel, optimization: await optimization)
    }
}

extension LearningRun {
    /// The engine of this run's configuration and optimiser.
    public var engine: LearningEngine { LearningEngine(configuration: configuration, optimizer: optimizer) }

    /// ``LearningEngine/detect(_:at:)`` with this run's configuration and optimiser. Nothing is saved.
    public func detect(_ inputs: LearningInputs, at now: Timestamp) async -> LearningDetections {
        await engine.detect(inputs, at: now)
    }
}
