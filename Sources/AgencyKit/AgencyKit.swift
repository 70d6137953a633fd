// The umbrella module: `import AgencyKit` brings the core, the Agency OS schema target,
// the store layer, outreach operations, ALS scoring and conversion intelligence.
@_exported import AgencyCore
@_exported import AgencyIntelligence
@_exported import AgencyOS
@_exported import AgencyOutreach
@_exported import AgencyScoring
@_exported import AgencyStore
