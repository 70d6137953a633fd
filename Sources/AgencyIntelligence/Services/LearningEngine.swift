import AgencyCore
import AgencyOS

extension LearningRun {
    /// Runs WHO, WHAT, WHEN, HOW, FUNNEL (when ``LearningInputs/funnel`` is set) and the
    /// weight optimiser over `inputs` at `now`, each in its own child task, so a large
    /// client's run uses every core. They are pure functions of the same immutable inputs,
    /// so the result is identical to running them one after another. Nothing is saved.
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
