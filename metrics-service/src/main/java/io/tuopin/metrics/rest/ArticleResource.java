package io.tuopin.metrics.rest;

import io.tuopin.events.validation.ArticleId;
import io.tuopin.events.validation.RegionCode;
import io.tuopin.metrics.service.ArticleDetail;
import io.tuopin.metrics.service.ArticleQueryService;
import io.tuopin.metrics.service.ArticleSummary;
import io.tuopin.metrics.service.PageRequest;
import io.tuopin.metrics.service.PageResult;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles")
public class ArticleResource {
    private final ArticleQueryService articles;
    private final RequestParams params;

    public ArticleResource(ArticleQueryService articles, RequestParams params) {
        this.articles = articles;
        this.params = params;
    }

    @GET
    @Operation(summary = "Articles about, mentioning or giving figures for a region, newest first",
            description = "Offset pages (page, size) reach the first " + RequestParams.MAX_OFFSET + " articles; "
                    + "beyond, follow each page's next token with after=.")
    public PageResult<ArticleSummary> search(@QueryParam("region") @RegionCode String region, @QueryParam("q") String q,
                                             @QueryParam("page") String page, @QueryParam("size") String size,
                                             @QueryParam("after") String after) {
        PageRequest paging = params.page(page, size);
        return articles.search(RequestParams.optional(region), params.text(q), paging, params.after(after, paging));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An article: cleaned text, entities and observations with offsets")
    public ArticleDetail article(@PathParam("id") @NotBlank @ArticleId String id) {
        return articles.detail(id);
    }
}
