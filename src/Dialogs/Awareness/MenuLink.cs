using AwarenessBot.Content.Model;
using Newtonsoft.Json;

namespace AwarenessBot.Dialogs.Awareness;

/// <summary>A button kept in dialog state: its title and where it leads. <see cref="LinkKind"/> plus "none" for "None of these".</summary>
public sealed record MenuLink(
    [property: JsonProperty("title")] string Title,
    [property: JsonProperty("kind")] string Kind,
    [property: JsonProperty("target")] string? Target)
{
    public const string NoneKind = "none";

    public static MenuLink From(Link link) => new(link.Title, link.Kind.ToString(), link.Target);
    public static MenuLink ToTopic(Topic topic) => new(topic.Title, nameof(LinkKind.Topic), topic.Id);
    public static MenuLink None(string title) => new(title, NoneKind, null);
}

/// <summary>Options of the menus that offer links (main menu, follow-ups, "Did you mean").</summary>
public sealed record LinkMenuOptions(
    [property: JsonProperty("prompt")] string Prompt,
    [property: JsonProperty("links")] IReadOnlyList<MenuLink> Links);
