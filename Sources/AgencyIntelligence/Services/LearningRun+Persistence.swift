import AgencyCore
import AgencyOS
import AgencyStore

extension LearningRun {
    /// The detectors whose success gates the weight optimiser (FUNNEL is left out, so
    /// supplying funnel records never changes whether weights are written).
    static let gatingDetectors: Set<PatternType> = [.who, .what, .when, .how]

    /// Saves what ``detect(_:at:)`` found for `inputs.client` and writes its learned weights:
    ///
    /// 1. Each pattern is saved through ``PatternRepository/save(_:clientId:now:)`` (one
    ///    transaction each), in the order WHO, WHAT, WHEN, HOW, FUNNEL. A detector whose
    ///    records were unavailable, or whose save fails, is reported failed; the others go on.
    /// 2. When at least two of WHO, WHAT, WHEN and HOW were saved, the optimisation is
    ///    reported; when its status is `success` (``WeightOptimizationResult/shouldPersist``)
    ///    the client is re-read and updated, version-checked, with `als_learned_weights`,
    ///    `als_weights_updated_at = now` and `conversion_sample_count` = the optimiser's
    ///    sample size. `partial` (degenerate data) and the insufficient-data statuses keep
    ///    the client's current weights.
    public func persist(_ detections: LearningDetections, of inputs: LearningInputs, at now: Timestamp) async
        -> ClientLearningResult {
        let client = inputs.client
        let scoped = clientStore(client.id)
        let repository = PatternRepository(store: scoped, validityDays: configuration.validityDays)
        var result = ClientLearningResult(clientId: client.id, clientName: client.name)

        func save<Pattern>(_ detection: Detection<Pattern>?, _ type: PatternType) async {
            if let failure = inputs.unavailable[type] {
                result.detectors.append(DetectorOutcome(patternType: type, failure: failure))
                return
            }
            guard let detection else { return }
            do {
                let row = try await repository.save(detection, clientId: client.id, now: now)
                result.detectors.append(DetectorOutcome(patternType: type, pattern: row))
            } catch {
                result.detectors.append(DetectorOutcome(patternType: type, failure: LearningFailure(error)))
            }
        }
        await save(detections.who, .who)
        await save(detections.what, .what)
        await save(detections.when, .when)
        await save(detections.how, .how)
        await save(detections.funnel, .funnel)

        let gating = result.detectors.filter { $0.succeeded && Self.gatingDetectors.contains($0.patternType) }.count
        guard gating >= 2 else { return result }
        let optimization = detections.optimization
        result.optimization = optimization
        guard optimization.shouldPersist else { return result }
        do {
            var current = try await scoped.get(Client.self, id: client.id)
            current.alsLearnedWeights = optimization.weights.json
            current.alsWeightsUpdatedAt = now
            current.conversionSampleCount = optimization.sampleSize
            _ = try await scoped.update(current)
            result.weightsWritten = true
        } catch {
            result.weightsFailure = LearningFailure(error)
        }
        return result
    }
}
