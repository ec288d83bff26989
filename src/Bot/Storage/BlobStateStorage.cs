using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace AwarenessBot.Storage;

/// <summary>
/// State in Azure Blob Storage, one blob per key, for any number of bot instances. The blob's
/// own ETag is the item's ETag, so "write only if unchanged" is the service's If-Match, and
/// instances can never overwrite each other's newer state. Each blob's expiry is in its metadata.
/// </summary>
public sealed class BlobStateStorage(BlobContainerClient container, TimeSpan timeToLive, TimeProvider clock) : ExpiringJsonStorage(timeToLive, clock)
{
    private const string ExpiresMetadata = "expires";

    public override string Description => "blob " + container.Uri.GetLeftPart(UriPartial.Path);

    /// <summary>
    /// A blob name for any key: keys hold '/', '|', unicode and can be long, so they are
    /// base64url-encoded, or hashed when that would pass the service's 1,024-character limit.
    /// </summary>
    public static string BlobName(string key)
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(key)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return encoded.Length <= 1000 ? "k-" + encoded : "h-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    public override async Task CheckAsync(CancellationToken cancellationToken) =>
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);

    protected override async Task<StoredItem?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var download = await container.GetBlobClient(BlobName(key)).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            var details = download.Value.Details;
            return new StoredItem(download.Value.Content.ToString(), details.ETag.ToString(), ExpiresOf(details.Metadata));
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    protected override async Task<string> SaveAsync(string key, string json, DateTimeOffset expires, string? expectedETag, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(BlobName(key));
        var options = new BlobUploadOptions
        {
            Metadata = new Dictionary<string, string> { [ExpiresMetadata] = expires.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) },
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
            Conditions = expectedETag is null ? null : new BlobRequestConditions { IfMatch = new ETag(expectedETag) },
        };
        try
        {
            var response = await blob.UploadAsync(BinaryData.FromString(json), options, cancellationToken).ConfigureAwait(false);
            return response.Value.ETag.ToString();
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            throw new StorageConflictException(key);
        }
        catch (RequestFailedException e) when (e.Status == 404 && expectedETag is not null)
        {
            // Written with an ETag but gone meanwhile (expired or deleted): create it, unless another instance just did.
            options.Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All };
            try
            {
                return (await blob.UploadAsync(BinaryData.FromString(json), options, cancellationToken).ConfigureAwait(false)).Value.ETag.ToString();
            }
            catch (RequestFailedException conflict) when (conflict.Status is 409 or 412)
            {
                throw new StorageConflictException(key);
            }
        }
    }

    protected override async Task RemoveAsync(string key, CancellationToken cancellationToken) =>
        await container.DeleteBlobIfExistsAsync(BlobName(key), cancellationToken: cancellationToken).ConfigureAwait(false);

    public override async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var removed = 0;
        var now = Clock.GetUtcNow();
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }, cancellationToken).ConfigureAwait(false))
        {
            if (ExpiresOf(item.Metadata) > now) continue;
            await container.DeleteBlobIfExistsAsync(item.Name, cancellationToken: cancellationToken).ConfigureAwait(false);
            removed++;
        }
        return removed;
    }

    private static DateTimeOffset ExpiresOf(IDictionary<string, string>? metadata) =>
        metadata is not null && metadata.TryGetValue(ExpiresMetadata, out var value) && long.TryParse(value, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : DateTimeOffset.MaxValue;
}
