using Thb.Annex;
using Thb.Cycles;
using Thb.Intake.Returns;
using Thb.Publication;
using Thb.Tests.Annex;
using Thb.Tests.Intake;

namespace Thb.Tests.Publication;

/// <summary>The five sample returns as the annex would compile them (protocol order: Member States, then Eurojust).</summary>
public static class PublicationSamples
{
    private static readonly Lazy<AnnexInput> Annex = new(() => AnnexTestData.Input(Samples.Names.Select(Section).ToArray()));

    public static AnnexInput AnnexInput => Annex.Value;

    public static PublicationInput Input => PublicationInputs.From(AnnexInput);

    /// <summary>Every row of the samples with its contributor, as the annex stores it.</summary>
    public static IEnumerable<(Contributor Contributor, ReturnRow Row)> Rows =>
        AnnexInput.InProtocolOrder.SelectMany(s => s.Rows.Select(r => (s.Contributor, r)));

    private static AnnexSection Section(string name, int index)
    {
        var kind = name == "Eurojust" ? ContributorKind.EuBody : ContributorKind.MemberState;
        var contributor = AnnexTestData.Contributor(Identifiers.FromName(name), name, kind == ContributorKind.EuBody ? 100 : index + 1, kind);
        var check = ReturnChecker.Check(Samples.Path_($"{name}.xlsx"));
        return AnnexTestData.Section(contributor, AnnexTestData.Submission(contributor, $"sub-{contributor.Id}", $"{name}.xlsx"),
            check.Rows.ToArray());
    }
}
