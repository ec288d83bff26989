using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace AwarenessBot.WebPage;

/// <summary>The page's files, minus one: the raw page template is only ever served filled in, at "/".</summary>
internal sealed class PageFilesProvider(IFileProvider inner, string hidden) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath) =>
        string.Equals(subpath.TrimStart('/'), hidden, StringComparison.OrdinalIgnoreCase) ? new NotFoundFileInfo(subpath) : inner.GetFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => inner.GetDirectoryContents(subpath);

    public IChangeToken Watch(string filter) => inner.Watch(filter);
}
