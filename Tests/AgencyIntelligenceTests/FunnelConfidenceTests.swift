import AgencyIntelligence
import Testing

@Suite struct FunnelConfidenceTests {
    /// §7 examples.
    @Test(arguments: [(19, 5, 0.3), (49, 3, 0.55), (50, 3, 0.75), (100, 4, 0.95), (120, 5, 1.0), (20, 0, 0.5), (0, 9, 0.3)])
    func funnelConfidence(samples: Int, insights: Int, expected: Double) {
        #expect(abs(FunnelDetector.confidence(totalSamples: samples, insightCount: insights) - expected) < 1e-12)
    }
}
