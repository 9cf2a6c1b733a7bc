namespace Thb.Portal;

/// <summary>Called after an upload is stored (`thb serve` runs the intake here; in Azure the blob trigger does).</summary>
public delegate Task UploadReceived(string blobName, CancellationToken cancellationToken);
