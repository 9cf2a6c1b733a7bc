using Thb.Functions.Intake;
using Thb.Storage;

namespace Thb.IntegrationTests.Functions;

public class FunctionMetadataTests
{
    [Fact]
    public void The_intake_is_an_event_grid_blob_trigger_on_the_returns_path()
    {
        var trigger = FunctionMetadata.Trigger(IntakeFunction.Name);
        Assert.Equal("blobTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("In", trigger.GetProperty("direction").GetString());
        Assert.Equal("returns/{cycle}/{contributor}/{name}", trigger.GetProperty("path").GetString());
        Assert.Equal("EventGrid", trigger.GetProperty("source").GetString());
        Assert.Equal(StorageNames.Connection, trigger.GetProperty("connection").GetString());
        // Bound as a BlobClient reference (deferred binding), never as the whole content in memory.
        Assert.Equal("True", trigger.GetProperty("properties").GetProperty("supportsDeferredBinding").GetString());
    }
}
