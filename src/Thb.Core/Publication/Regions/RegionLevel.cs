namespace Thb.Publication.Regions;

/// <summary>Where an area of the region catalogue comes from: UN M49's levels, or an EU policy grouping.</summary>
public enum RegionLevel
{
    Continent,
    SubRegion,
    IntermediateRegion,
    EuPolicyGrouping,
}
