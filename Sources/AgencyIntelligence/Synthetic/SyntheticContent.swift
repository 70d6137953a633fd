import AgencyCore
import AgencyOS

/// The precomputed message bodies of the generator and their snapshot features, built once
/// with ``ContentFeatureExtractor`` (so snapshots are what the producer would store).
struct SyntheticContent {
    struct Variant {
        var body: String
        var snapshot: ContentSnapshot
        var templateIndex: Int
    }

    /// [opener][name][pain][cta] flattened; unnamed openers reuse name index 0.
    var variants: [Variant] = []
    let names = SyntheticVocabulary.firstNames.count

    init() {
        let extractor = ContentFeatureExtractor()
        for opener in SyntheticVocabulary.openers {
            for name in SyntheticVocabulary.firstNames {
                for (painIndex, pain) in SyntheticVocabulary.painSentences.enumerated() {
                    for (ctaIndex, cta) in SyntheticVocabulary.callsToAction.enumerated() {
                        let greeting = opener.replacingOccurrences(of: "{name}", with: name)
                        let body = "\(greeting)\n\n\(pain) \(SyntheticVocabulary.middle)\n\n\(cta)\n\n\(SyntheticVocabulary.signature)"
                        let lead = Lead(clientId: .unassigned, campaignId: .unassigned, email: "x@example.com", firstName: name)
                        var snapshot = extractor.snapshot(body: body, lead: lead, sentAt: .unassigned)
                        snapshot.sentAt = nil
                        snapshot.dayOfWeek = nil
                        snapshot.hourOfDay = nil
                        snapshot.touchNumber = nil
                        snapshot.channel = nil
                        variants.append(Variant(body: body, snapshot: snapshot,
                                                templateIndex: painIndex * SyntheticVocabulary.callsToAction.count + ctaIndex))
                    }
                }
            }
        }
    }

    /// The variant for an opener, name, pain and CTA.
    func variant(opener: Int, name: Int, pain: Int, cta: Int) -> Variant {
        let pains = SyntheticVocabulary.painSentences.count, ctas = SyntheticVocabulary.callsToAction.count
        let nameIndex = opener == SyntheticVocabulary.openers.count - 1 ? 0 : name
        return variants[((opener * names + nameIndex) * pains + pain) * ctas + cta]
    }
}
