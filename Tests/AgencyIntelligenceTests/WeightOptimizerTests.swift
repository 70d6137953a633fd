import AgencyCore
import AgencyIntelligence
import AgencyOS
import AgencyScoring
import Foundation
import Testing

@Suite struct WeightOptimizerTests {
    /// Rows whose conversion depends on the components through `coefficients` (raw points).
    static func samples(count: Int, seed: UInt64, coefficients: [Double], threshold: Double) -> [ComponentSample] {
        var generator = SeededGenerator(seed: seed)
        func draw(_ maximum: Int) -> Int { Int(generator.next() % UInt64(maximum + 1)) }
        return (0..<count).map { _ in
            let points = [draw(20), draw(25), draw(25), draw(15), draw(15)]
            let noise = Double(generator.next() % 1000) / 1000 * 10
            let score = zip(points, coefficients).reduce(0.0) { $0 + Double($1.0) * $1.1 } + noise
            return ComponentSample(points: points, converted: score > threshold)
        }
    }

    /// Correlation of Σ wᵢ·normalisedᵢ with conversion, computed independently of the library
    /// from the sample's covariance (test-side code).
    struct Reference {
        let covariance: [[Double]]
        let outcome: [Double]
        let outcomeVariance: Double

        init(_ samples: [ComponentSample]) {
            let factors = ALSComponent.allCases.map(\.normalizationFactor)
            let rows = samples.map { sample in zip(sample.points, factors).map { Double($0) * $1 } }
            let ys = samples.map { $0.converted ? 1.0 : 0.0 }
            let n = Double(rows.count)
            let means = (0..<5).map { column in rows.reduce(0) { $0 + $1[column] } / n }
            let meanY = ys.reduce(0, +) / n
            covariance = (0..<5).map { i in
                (0..<5).map { j in zip(rows, rows).reduce(0) { $0 + ($1.0[i] - means[i]) * ($1.1[j] - means[j]) } / n }
            }
            outcome = (0..<5).map { i in zip(rows, ys).reduce(0) { $0 + ($1.0[i] - means[i]) * ($1.1 - meanY) } / n }
            outcomeVariance = ys.reduce(0) { $0 + ($1 - meanY) * ($1 - meanY) } / n
        }

        func correlation(_ w: [Double]) -> Double {
            var variance = 0.0
            for i in 0..<5 { for j in 0..<5 { variance += w[i] * w[j] * covariance[i][j] } }
            guard variance > 1e-12, outcomeVariance > 0 else { return 0 }
            return zip(w, outcome).reduce(0) { $0 + $1.0 * $1.1 } / (variance * outcomeVariance).squareRoot()
        }

        /// The best correlation on the grid of hundredths in [0.05, 0.50] summing to 1.
        func gridBest() -> (correlation: Double, weights: [Double]) {
            let flat = covariance.flatMap { $0 }
            var best = (correlation: -2.0, weights: [Double]())
            flat.withUnsafeBufferPointer { sigma in
                outcome.withUnsafeBufferPointer { c in
                    var w = [0.0, 0, 0, 0, 0]
                    for a in 5...50 {
                        for b in 5...50 where a + b <= 85 {
                            for d3 in 5...50 where a + b + d3 <= 90 {
                                for d4 in 5...50 {
                                    let e = 100 - a - b - d3 - d4
                                    guard e >= 5, e <= 50 else { continue }
                                    w[0] = Double(a) / 100; w[1] = Double(b) / 100; w[2] = Double(d3) / 100
                                    w[3] = Double(d4) / 100; w[4] = Double(e) / 100
                                    var variance = 0.0, numerator = 0.0
                                    for i in 0..<5 {
                                        numerator += w[i] * c[i]
                                        for j in 0..<5 { variance += w[i] * w[j] * sigma[i * 5 + j] }
                                    }
                                    guard variance > 1e-12 else { continue }
                                    let value = numerator / (variance * outcomeVariance).squareRoot()
                                    if value > best.correlation { best = (value, w) }
                                }
                            }
                        }
                    }
                }
            }
            return best
        }
    }

    func weights(_ result: WeightOptimizationResult) -> [Double] {
        ALSComponent.allCases.map { result.weights[$0] }
    }

    @Test(arguments: [
        ([0.2, 1.0, 0.1, 0.0, 0.0], 25.0),      // authority dominates: an upper bound binds
        ([0.5, 0.6, 0.0, 1.2, 0.3], 30.0),      // an interior mix
        ([-0.3, -0.2, -0.4, -0.1, -0.5], -12.0), // every component hurts: best at a vertex
    ])
    func matchesTheBruteForceGrid(coefficients: [Double], threshold: Double) throws {
        let samples = Self.samples(count: 400, seed: 99, coefficients: coefficients, threshold: threshold)
        let result = WeightOptimizer().optimize(samples: samples)
        #expect(result.optimizationStatus == .success)
        let reference = Reference(samples)
        let grid = reference.gridBest()
        let optimum = try #require(result.optimizedCorrelation)
        #expect(optimum >= OutputRounding.round(grid.correlation, places: 4) - 0.0001)
        #expect(optimum - grid.correlation < 0.005)
        let learned = weights(result)
        #expect(reference.correlation(learned) >= grid.correlation - 0.002)
        #expect(abs(learned.reduce(0, +) - 1) <= 1e-9)
        #expect(learned.allSatisfy { $0 >= 0.05 - 1e-12 && $0 <= 0.5 + 1e-12 })
        #expect(learned.allSatisfy { OutputRounding.round($0, places: 3) == $0 })
        let baseline = reference.correlation(ALSComponent.allCases.map { ALSWeights.defaults[$0] })
        #expect(abs((result.baselineCorrelation ?? 0) - baseline) < 0.0001)
        #expect(abs((result.correlationImprovement ?? 0) - (optimum - baseline)) < 0.0002)
        let expectedConfidence = min(0.95, max(0, 2 * (optimum - baseline) + 0.3 * min(1, 400.0 / 500)))
        #expect(abs(result.confidence - expectedConfidence) < 0.002)
    }

    @Test func learnsOnNormalizedComponents() {
        let sample = ComponentSample(points: [10, 20, 5, 3, 15], converted: true)
        #expect(sample.normalized == [50, 80, 20, 3 * 6.67, 15 * 6.67])
        // Timing drives conversion: on normalised values it needs no compensation for its
        // smaller raw range, and it receives the largest weight.
        let samples = Self.samples(count: 300, seed: 4, coefficients: [0, 0, 0, 1, 0], threshold: 10)
        let result = WeightOptimizer().optimize(samples: samples)
        #expect(result.weights[.timing] == 0.5)
    }

    @Test func statusesAndMinimums() {
        let optimizer = WeightOptimizer()
        let few = optimizer.optimize(samples: Self.samples(count: 49, seed: 1, coefficients: [1, 1, 1, 1, 1], threshold: 40))
        #expect(few.optimizationStatus == .insufficientData)
        #expect(few.weights == .defaults)
        #expect(few.confidence == 0)
        #expect(few.note == "Need at least 50 leads with outcomes")
        let rows = optimizer.optimize(samples: Self.samples(count: 49, seed: 1, coefficients: [1, 1, 1, 1, 1], threshold: 40),
                                      sampleSize: 80)
        #expect(rows.optimizationStatus == .insufficientComponentData)
        #expect(rows.sampleSize == 80)
        #expect(rows.note == "Not enough leads have ALS component scores")
        let constant = optimizer.optimize(samples: Self.samples(count: 60, seed: 2, coefficients: [1, 1, 1, 1, 1], threshold: -1))
        #expect(constant.optimizationStatus == .partial)
        #expect(constant.weights == .defaults)
        #expect(!constant.shouldPersist)
    }

    @Test func readsLeadsWithOutcomesAndComponents() throws {
        var leads: [Lead] = []
        var generator = SeededGenerator(seed: 8)
        for index in 0..<120 {
            var lead = Fixtures.lead(status: index % 3 == 0 ? .converted : .bounced)
            let authority = index % 3 == 0 ? 25 : Int(generator.next() % 15)
            if index < 60 {
                lead.alsComponents = ALSComponents(dataQuality: Int(generator.next() % 20), authority: authority,
                                                   companyFit: Int(generator.next() % 25), timing: 5, risk: 15)
            } else {
                lead.alsDataQuality = Int(generator.next() % 20)
                lead.alsAuthority = authority
                lead.alsCompanyFit = Int(generator.next() % 25)
                lead.alsTiming = 5
                lead.alsRisk = 15
            }
            leads.append(lead)
        }
        var open = Fixtures.lead(status: .inSequence)
        open.alsComponents = ALSComponents(dataQuality: 1, authority: 1, companyFit: 1, timing: 1, risk: 1)
        leads.append(open)
        var partial = Fixtures.lead(status: .bounced)
        partial.alsDataQuality = 3
        leads.append(partial)
        let result = WeightOptimizer().optimize(leads: leads, now: Fixtures.now)
        #expect(result.sampleSize == 121)
        #expect(result.optimizationStatus == .success)
        #expect(result.shouldPersist)
        #expect(result.weights[.authority] == 0.5)
        let json = try JSONValue(encoding: result)
        #expect(json["optimization_status"] == "success")
        #expect(json["weights"]?["authority"] == 0.5)
        #expect(try ALSWeights(json: json["weights"] ?? .null) == result.weights)
    }

    @Test func deterministic() {
        let samples = Self.samples(count: 200, seed: 12, coefficients: [0.3, 0.5, 0.2, 0.4, 0.1], threshold: 20)
        #expect(WeightOptimizer().optimize(samples: samples) == WeightOptimizer().optimize(samples: samples))
    }

    /// §12a #28: the score arithmetic with the default weights.
    @Test func defaultWeightedScores() {
        func score(_ components: [Double]) -> Double {
            zip(ALSComponent.allCases, components).reduce(0) { $0 + ALSWeights.defaults[$1.0] * $1.1 }
        }
        #expect(abs(score([80, 60, 70, 40, 90]) - 68.0) < 1e-9)
        #expect(abs(score([80, 90, 70, 50, 85]) - 76.25) < 1e-9)
    }
}
