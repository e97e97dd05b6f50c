using System.Net;
using System.Text;

namespace KoreaRussiaGraph.Sources.Testing;

/// <summary>
/// Dresses a clean article in the markup real news sites serve, in four layouts, with the chrome that makes
/// extraction hard: navigation, a cookie banner, breadcrumbs, a byline, several &lt;time&gt; elements (published,
/// updated, and the dates of related stories), a captioned photo, "read more" boxes and a paywall teaser inside the
/// article, a newsletter form, related-article lists whose headlines name the same actors, comments and a footer.
/// Every chrome sentence is a complete sentence, so a leak shows up in sentence counts and in relations.
/// </summary>
public static class NewsPageMarkup
{
    public static readonly string[] ChromeSentences =
    [
        "We use cookies to improve your experience on our site.",
        "By continuing to browse you agree to our use of cookies.",
        "Sign up for our daily briefing and never miss a story.",
        "Subscribe now to continue reading this article.",
        "Already a subscriber? Log in to read the full story.",
        "Kim Jong Un met Vladimir Putin in a summit that analysts called historic.",
        "Russia supplied North Korea with fuel in exchange for artillery shells, officials said.",
        "Putin visited Pyongyang for talks with Kim last year.",
        "North Korean leader Kim Jong Un inspects a missile launch in this undated photo.",
        "Copyright 2024 The Daily Observer. All rights reserved.",
        "Comments are closed for this article.",
        "Shoigu visited Pyongyang and toured a weapons exhibit.",
    ];

    public static string Render(NewsArticle article, Uri canonical, int layout)
    {
        var p = article.Paragraphs.Select(Html).ToList();
        var title = Html(article.Title);
        var outlet = Html(article.Outlet ?? "The Daily Observer");
        var published = article.Published;
        var middle = Math.Max(1, p.Count / 2);
        var body = new StringBuilder();
        for (var i = 0; i < p.Count; i++)
        {
            if (i == 1) body.Append(Photo(layout));
            if (i == middle) body.Append(InlineRelated(layout));
            body.Append(layout == 2 ? $"<div class=\"text-block\">{p[i]}</div>\n" : $"<p>{p[i]}</p>\n");
        }
        body.Append(Paywall(layout));

        return layout switch
        {
            0 => Semantic(title, outlet, canonical, published, body.ToString()),
            1 => DivSoup(title, outlet, canonical, published, body.ToString()),
            2 => JsonLdOnly(title, outlet, canonical, published, body.ToString()),
            _ => ManyTimes(title, outlet, canonical, published, body.ToString()),
        };
    }

    private static string Head(string title, string outlet, Uri canonical, string? published, bool ogDate, bool jsonLd) => $"""
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8"><title>{title} | {outlet}</title>
        <link rel="canonical" href="{canonical}">
        <meta property="og:title" content="{title}"><meta property="og:site_name" content="{outlet}">
        <meta property="og:type" content="article"><meta name="viewport" content="width=device-width">
        {(ogDate && published is not null ? $"<meta property=\"article:published_time\" content=\"{published}\">" : "")}
        {(jsonLd && published is not null ? JsonLd(title, outlet, published) : "")}
        {Scripts}
        </head>
        """;

    private static string Semantic(string title, string outlet, Uri canonical, string? published, string body) => Head(title, outlet, canonical, published, ogDate: true, jsonLd: false) + $"""
        <body>
        {CookieBanner}
        <header class="site-header"><a href="/" class="logo">{outlet}</a>
        <nav><ul><li><a href="/world">World</a></li><li><a href="/asia">Asia</a></li><li><a href="/politics">Politics</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
        <main>
        <ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/asia">Asia</a></li></ol>
        <article>
        <header><h1>{title}</h1><p class="byline">By Staff Reporter</p>{(published is null ? "" : $"<time datetime=\"{published}\">{published}</time>")}</header>
        {body}
        <div class="share-bar"><a href="#">Share on X</a> <a href="#">Share on Facebook</a></div>
        </article>
        {RelatedList("related")}
        </main>
        {Newsletter}
        {Footer}
        </body></html>
        """;

    private static string DivSoup(string title, string outlet, Uri canonical, string? published, string body) => Head(title, outlet, canonical, published, ogDate: true, jsonLd: true) + $"""
        <body>
        <div id="cookie-consent" class="consent-overlay"><p>{ChromeSentences[0]}</p><p>{ChromeSentences[1]}</p><a href="#">Accept all</a></div>
        <div class="top-navigation"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/video">Video</a> | <a href="/sport">Sport</a></div>
        <div class="container"><div class="col-main">
        <div class="story-header"><h1 class="story-title">{title}</h1><span class="story-date">{published}</span></div>
        <div class="story-body">
        {body}
        </div>
        <div class="comments-section"><h3>Comments</h3><p>{ChromeSentences[10]}</p></div>
        </div>
        <div class="col-side sidebar"><h3>Most read</h3><ul><li><a href="/a">{ChromeSentences[5]}</a></li><li><a href="/b">{ChromeSentences[7]}</a></li></ul></div>
        </div>
        <div class="site-footer"><p>{ChromeSentences[9]}</p><a href="/privacy">Privacy</a></div>
        </body></html>
        """;

    private static string JsonLdOnly(string title, string outlet, Uri canonical, string? published, string body) => Head(title, outlet, canonical, published, ogDate: false, jsonLd: true) + $"""
        <body class="article-page">
        {CookieBanner}
        <nav class="main-menu" role="navigation"><a href="/">Front page</a><a href="/world">World</a><a href="/business">Business</a></nav>
        <div id="content">
        <h1>{title}</h1>
        <div class="article-content">
        {body}
        </div>
        <section class="more-stories"><h2>More stories</h2>{RelatedItems()}</section>
        </div>
        {Newsletter}
        <footer><p>{ChromeSentences[9]}</p></footer>
        </body></html>
        """;

    private static string ManyTimes(string title, string outlet, Uri canonical, string? published, string body) => Head(title, outlet, canonical, published, ogDate: true, jsonLd: false) + $"""
        <body>
        <div class="breaking-banner"><time datetime="2024-12-31T08:00:00Z">Dec 31</time> Breaking: {ChromeSentences[6]}</div>
        <header><nav aria-label="Sections"><a href="/">Home</a><a href="/korea">Korea</a><a href="/russia">Russia</a></nav></header>
        <article class="post">
        <h1 class="entry-title">{title}</h1>
        <div class="meta">Updated <time class="updated" datetime="2024-12-30T10:00:00Z">30 December 2024</time> · Published <time class="published" datetime="{published}">{published}</time></div>
        <div class="entry-content">
        {body}
        </div>
        <aside class="related"><h4>Related</h4>{RelatedItems()}</aside>
        </article>
        {Footer}
        </body></html>
        """;

    private static string JsonLd(string title, string outlet, string published) =>
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",\"name\":\"" + title +
        "\"},{\"@type\":\"NewsArticle\",\"headline\":\"" + title + "\",\"datePublished\":\"" + published +
        "\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"" + outlet + "\"}}]}</script>";

    private const string Scripts = "<script>window.dataLayer = window.dataLayer || []; function track(e) { dataLayer.push(e); }</script><style>.cookie-banner { position: fixed; }</style>";

    private static string CookieBanner =>
        $"<div class=\"cookie-banner\" role=\"dialog\"><p>{ChromeSentences[0]}</p><p>{ChromeSentences[1]}</p><button>Accept</button></div>";

    private static string Newsletter =>
        $"<section class=\"newsletter-signup\"><h3>Newsletter</h3><p>{ChromeSentences[2]}</p><form><input type=\"email\" placeholder=\"Email\"><button>Sign up</button></form></section>";

    private static string Footer =>
        $"<footer class=\"site-footer\"><p>{ChromeSentences[9]}</p><ul><li><a href=\"/about\">About us</a></li><li><a href=\"/contact\">Contact</a></li></ul></footer>";

    private static string RelatedList(string cssClass) => $"<section class=\"{cssClass}\"><h2>Related coverage</h2>{RelatedItems()}</section>";

    private static string RelatedItems() =>
        $"<ul><li><a href=\"/2019/04/25/summit\">{ChromeSentences[5]}</a> <time datetime=\"2019-04-25\">April 25, 2019</time></li>" +
        $"<li><a href=\"/2023/09/13/fuel\">{ChromeSentences[6]}</a> <time datetime=\"2023-09-13\">September 13, 2023</time></li>" +
        $"<li><a href=\"/2024/06/19/visit\">{ChromeSentences[7]}</a></li></ul>";

    private static string Photo(int layout) => layout % 2 == 0
        ? $"<figure class=\"photo\"><img src=\"/img/summit.jpg\" alt=\"Kim and Putin\"><figcaption>{ChromeSentences[8]} (Photo: Agency)</figcaption></figure>\n"
        : $"<div class=\"image-wrapper\"><img src=\"img/summit.jpg\"><span class=\"image-caption\">{ChromeSentences[8]}</span></div>\n";

    private static string InlineRelated(int layout) => layout % 2 == 0
        ? $"<aside class=\"inline-related\"><strong>Read more:</strong> <a href=\"/x\">{ChromeSentences[11]}</a></aside>\n"
        : $"<div class=\"read-more-box\"><a href=\"../x\">{ChromeSentences[11]}</a></div>\n";

    private static string Paywall(int layout) => layout == 3 ? "" :
        $"<div class=\"paywall-prompt\"><p>{ChromeSentences[3]}</p><p>{ChromeSentences[4]}</p><a href=\"/subscribe\">Subscribe</a></div>\n";

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
