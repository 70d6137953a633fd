import AgencyCore

extension IcpRefinementLog {
    /// The number of refinements applied.
    public var refinementCount: Int { refinementsApplied.count }

    /// The refined fields, in order, skipping blank ones (a field refined twice appears twice).
    public var fieldsRefined: [String] {
        refinementsApplied.map(\.field).filter { HelperMath.isPresent($0) }
    }
}
