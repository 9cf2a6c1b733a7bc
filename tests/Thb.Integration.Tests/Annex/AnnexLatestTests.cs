using Azure.Storage.Blobs.Models;
using Thb.Annex;
using Thb.Storage;

namespace Thb.IntegrationTests.Annex;

/// <summary>latest.* is the newest version's files, byte for byte and with their content types, whether copied on the server or uploaded.</summary>
[Collection(AnnexCollection.Name)]
public class AnnexLatestTests
{
    [Fact]
    public async Task Latest_is_copied_on_the_server_and_uploaded_when_copying_is_off_with_the_same_files()
    {
        var scenario = await AnnexScenario.WithSamplesAsync("Austria", "Cyprus");
        var annex = scenario.Services.Annex;
        var container = scenario.Services.Storage.Container(StorageNames.Containers.Annex);

        async Task AssertLatestIsAsync(AnnexVersion version, bool copied)
        {
            foreach (var format in AnnexFormats.All)
            {
                Assert.Equal(await annex.ReadAsync(version, format), await AnnexScenario.LatestAsync(scenario, format));
                var properties = (await container.GetBlobClient(AnnexBlobNames.Latest(scenario.Cycle.Id, format)).GetPropertiesAsync()).Value;
                Assert.Equal(AnnexFormats.ContentType(format), properties.ContentType);
                // Copied: from this version's blob (Azurite keeps an earlier copy's properties on a later Put Blob).
                var fromVersion = properties.BlobCopyStatus == CopyStatus.Success && properties.CopySource is { } source
                    && source.AbsolutePath.EndsWith("/" + version.BlobName(format), StringComparison.Ordinal);
                Assert.Equal(copied, fromVersion);
            }
        }

        // An account key signs the source (Azurite): Copy Blob From URL, whole when it answers.
        var copied = (await annex.CompileAsync(scenario.Cycle.Id, force: true)).Version;
        await AssertLatestIsAsync(copied, copied: true);

        // No source authorisation (as under an identity that may not obtain a delegation key): one Put Blob each.
        annex.LatestByCopy = false;
        try
        {
            var uploaded = (await annex.CompileAsync(scenario.Cycle.Id, force: true)).Version;
            Assert.NotEqual(copied.Stem, uploaded.Stem);
            await AssertLatestIsAsync(uploaded, copied: false);
        }
        finally
        {
            annex.LatestByCopy = true;
        }

        // And copied over an uploaded latest again.
        var again = (await annex.CompileAsync(scenario.Cycle.Id, force: true)).Version;
        await AssertLatestIsAsync(again, copied: true);
    }
}
