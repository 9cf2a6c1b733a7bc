using Thb.Normalising.Durations;
using Thb.Normalising.Forms;
using Thb.Normalising.Funding;
using Thb.Normalising.Places;

namespace Thb.Normalising;

/// <summary>
/// Builds every reader's vocabularies and gazetteer and reads one sample with each, so that their data and code are
/// ready before the first real cell. For a short-lived process that can do it beside other work (<c>thb check</c> reads
/// the package meanwhile): the first reads then find everything built. Reads nothing anyone sees; never throws.
/// </summary>
public static class NormaliserWarmUp
{
    public static void Run()
    {
        _ = PlaceNormaliser.Read("Côte d'Ivoire, Western Balkans");
        _ = FormNormaliser.Read("Training");
        _ = DurationNormaliser.Read("January 2011 - ongoing");
        _ = FundingNormaliser.Read("EUR 10,000");
    }
}
