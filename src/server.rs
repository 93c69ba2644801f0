//! The HTTP JSON backend: a thin adapter that turns query strings into [`SearchRequest`](crate::SearchRequest)s and
//! library results into JSON, so that the server and the CLI give the same answers.
//!
//! Reads are served while `readouts index --rebuild` runs in another process; the swapped-in index
//! is picked up by the next request. Writes need a bearer token and take the index's writer lock
//! for the time of one commit.

use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use tower_http::timeout::TimeoutLayer;

use crate::ingest::WarningKind;
use crate::{Error, Index, Readout};

mod params;
use params::Params;

/// The largest request body, in bytes.
pub const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;
/// How long a request may take before it is answered 408, unless configured otherwise.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// The most bytes a request's header lines (names and values) may hold: browsers and clients send
/// a few kilobytes; more is answered 431 before any work is done.
pub const MAX_HEADER_BYTES: usize = 16 * 1024;
/// The longest request target (path and query string), in bytes; longer is answered 414.
pub const MAX_URI_BYTES: usize = 16 * 1024;

/// What the server needs to run.
#[derive(Debug, Clone)]
pub struct Config {
    /// The index directory.
    pub index_dir: PathBuf,
    /// The bearer token that writes need; `None` turns writes off.
    pub token: Option<String>,
    /// How long a request, its body included, may take before it is answered 408.
    pub request_timeout: Duration,
}

/// State shared by the handlers.
pub struct AppState {
    config: Config,
    index: RwLock<Arc<Index>>,
    /// Writes of this server, one at a time.
    writes: tokio::sync::Mutex<()>,
}

impl AppState {
    /// Opens the index for serving.
    pub fn new(config: Config) -> crate::Result<Self> {
        let index = Index::open_watching(&config.index_dir)?;
        Ok(AppState { config, index: RwLock::new(Arc::new(index)), writes: tokio::sync::Mutex::new(()) })
    }

    /// How long one query may work: the library's limit, or less when requests time out sooner.
    fn time_limit(&self) -> Duration {
        crate::search::bounds::DEFAULT_TIME_LIMIT.min(self.config.request_timeout)
    }

    /// The current index, reopened first when a rebuild has swapped in a new one.
    fn index(&self) -> Result<Arc<Index>, ApiError> {
        let current = self.index.read().map_err(|_| ApiError::internal("index lock poisoned"))?.clone();
        if !current.is_stale() {
            return Ok(current);
        }
        let fresh = Arc::new(Index::open_watching(&self.config.index_dir)?);
        *self.index.write().map_err(|_| ApiError::internal("index lock poisoned"))? = fresh.clone();
        Ok(fresh)
    }
}

/// An error answered as `{"error": "..."}` with its status.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
}

impl ApiError {
    fn bad_request(message: impl Into<String>) -> Self {
        ApiError { status: StatusCode::BAD_REQUEST, message: message.into() }
    }
    fn internal(message: impl Into<String>) -> Self {
        ApiError { status: StatusCode::INTERNAL_SERVER_ERROR, message: message.into() }
    }
}

impl From<Error> for ApiError {
    fn from(e: Error) -> Self {
        let status = match &e {
            e if e.is_user_error() => StatusCode::BAD_REQUEST,
            Error::NotFound(_) => StatusCode::NOT_FOUND,
            Error::Locked(_) | Error::Rebuilt(_) => StatusCode::SERVICE_UNAVAILABLE,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        ApiError { status, message: e.to_string() }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        #[derive(Serialize)]
        struct Body {
            error: String,
        }
        (self.status, Json(Body { error: self.message })).into_response()
    }
}

/// Runs blocking index work off the async threads.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(work).await.map_err(|e| ApiError::internal(format!("worker failed: {e}")))?
}

/// The parameters of a read request.
fn params_of(raw: Option<String>) -> Result<Params, ApiError> {
    Params::parse(raw.as_deref()).map_err(ApiError::bad_request)
}

async fn search(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let request = params_of(raw)?.search_request(state.time_limit());
    let index = state.index()?;
    let mut results = blocking(move || Ok(index.search(&request)?)).await?;
    // Paths as the indexed directory has them: the server's own layout is nobody's business.
    for hit in &mut results.hits {
        hit.path = std::mem::take(&mut hit.public_path);
    }
    Ok(Json(results).into_response())
}

async fn quotes(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let request = params_of(raw)?.quote_request(state.time_limit()).map_err(ApiError::bad_request)?;
    let index = state.index()?;
    let results = blocking(move || Ok(index.quotes(&request)?)).await?;
    Ok(Json(results).into_response())
}

async fn facets(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let params = params_of(raw)?;
    let request = params.search_request(state.time_limit());
    let field = params.facet_field().map_err(ApiError::bad_request)?;
    let limit = params.list_limit();
    let index = state.index()?;
    let values = blocking(move || Ok(index.facet_counts(&request, field, limit)?)).await?;
    Ok(Json(values).into_response())
}

async fn people(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let request = params_of(raw)?.people_request();
    let index = state.index()?;
    let people = blocking(move || Ok(index.people(&request)?)).await?;
    Ok(Json(people).into_response())
}

async fn timeline(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> Result<Response, ApiError> {
    let params = params_of(raw)?;
    let request = params.search_request(state.time_limit());
    let by = params.period().map_err(ApiError::bad_request)?;
    let index = state.index()?;
    let timeline = blocking(move || Ok(index.timeline(&request, by)?)).await?;
    Ok(Json(timeline).into_response())
}

async fn health(State(state): State<Arc<AppState>>) -> Result<Response, ApiError> {
    let index = state.index()?;
    Ok(Json(serde_json::json!({"status": "ok", "readouts": index.len()})).into_response())
}

async fn get_readout(State(state): State<Arc<AppState>>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let index = state.index()?;
    let readout = blocking(move || Ok(index.with_canonical_names(index.get_public(&id)?)?)).await?;
    Ok(Json(readout).into_response())
}

/// Checks the bearer token in constant time; with no token configured, writes are off.
fn authorize(state: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    use subtle::ConstantTimeEq;
    let unauthorized = |message: &str| ApiError { status: StatusCode::UNAUTHORIZED, message: message.into() };
    let Some(expected) = state.config.token.as_deref() else {
        return Err(unauthorized("writes are off: start the server with --token or READOUTS_TOKEN"));
    };
    // The scheme's name is case-insensitive (RFC 9110, 11.1).
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, token)| token.trim())
        .ok_or_else(|| unauthorized("a write needs the header Authorization: Bearer TOKEN"))?;
    if bool::from(given.as_bytes().ct_eq(expected.as_bytes())) { Ok(()) } else { Err(unauthorized("wrong token")) }
}

/// Reads a request body of at most [`MAX_BODY_BYTES`], announced or chunked, as UTF-8.
async fn read_body(body: axum::body::Body) -> Result<String, ApiError> {
    use http_body_util::BodyExt;
    let limited = http_body_util::Limited::new(body, MAX_BODY_BYTES);
    let bytes = match limited.collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(e) if e.is::<http_body_util::LengthLimitError>() => {
            return Err(ApiError {
                status: StatusCode::PAYLOAD_TOO_LARGE,
                message: format!("a body over {MAX_BODY_BYTES} bytes; the limit is {MAX_BODY_BYTES}"),
            });
        }
        Err(e) => return Err(ApiError::bad_request(format!("the body could not be read: {e}"))),
    };
    // The collected bytes become the vector without a copy when, as here, nothing else holds them.
    String::from_utf8(Vec::from(bytes)).map_err(|e| ApiError::bad_request(format!("the body is not UTF-8: {e}")))
}

/// Reads a body of one readout record, an array of them, or NDJSON: the records of a `.jsonl` file
/// (see [`crate::ingest::jsonl`]), completed by the rule every readout is ([`crate::complete()`]),
/// so that a record posted is stored as the same record indexed from a file. Where a file's record
/// would be indexed with a warning about its own fields (an unknown country, a bad date) or
/// skipped (no text), a posted one is refused: its sender is there to fix it, and nothing of the
/// body is written.
fn readouts_of(body: &str) -> Result<Vec<Readout>, ApiError> {
    use serde_json::value::RawValue;
    let bad_json = |e: serde_json::Error| ApiError::bad_request(format!("not a JSON readout, array or NDJSON: {e}"));
    let trimmed = body.trim_start();
    let records: Vec<Box<RawValue>> = if trimmed.starts_with('[') {
        serde_json::from_str(trimmed).map_err(bad_json)?
    } else {
        serde_json::Deserializer::from_str(trimmed)
            .into_iter::<Box<RawValue>>()
            .collect::<Result<_, _>>()
            .map_err(bad_json)?
    };
    if records.is_empty() {
        return Err(ApiError::bad_request("no readout in the body"));
    }
    let mut readouts = Vec::with_capacity(records.len());
    for (number, record) in records.iter().enumerate() {
        let location = format!("record {}", number + 1);
        let mut warnings = Vec::new();
        let parsed = crate::ingest::jsonl::parse_record(record.get(), &location, &mut warnings)
            .map_err(|reason| ApiError::bad_request(format!("{location}: {reason}")))?;
        // What a file's warning says was done about the record's own fields (a bad date looked for
        // in the text, an unknown country left out, a record without text skipped) is not done to
        // a posted record: it is refused. Warnings about a page's markup (deep nesting) are not.
        let refused = warnings
            .iter()
            .find(|w| matches!(w.kind, WarningKind::BadDate | WarningKind::UnknownCountry | WarningKind::Empty));
        if let Some(refused) = refused {
            let reason = refused.reason.split("; looking for one in the text").next().unwrap_or_default();
            let reason = reason.replace(" left out (", " (");
            return Err(ApiError::bad_request(format!("{location}: {reason}; nothing was written")));
        }
        let Some((mut readout, given)) = parsed else {
            return Err(ApiError::bad_request(format!("{location}: no title and no body")));
        };
        // A posted record has no file to name it after: no id and no url is refused.
        readout.id = crate::ingest::readout_id(&readout.id, readout.url.as_deref(), String::new);
        if readout.id.is_empty() {
            return Err(ApiError::bad_request("every readout needs an id"));
        }
        // No date anywhere is allowed, as for a file; the other warnings were refused above.
        crate::complete::complete_given(&mut readout, given);
        readouts.push(readout);
    }
    Ok(readouts)
}

async fn post_readouts(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    body: axum::body::Body,
) -> Result<Response, ApiError> {
    // The token before the body: a request without it is answered at once, its body never read.
    authorize(&state, &headers)?;
    let body = read_body(body).await?;
    // Parsing HTML and extracting facets is real work: off the async threads, where a panic is a
    // 500 rather than a dropped connection.
    let readouts = blocking(move || readouts_of(&body)).await?;
    let _write = state.writes.lock().await;
    let index = state.index()?;
    let count = readouts.len();
    blocking(move || {
        let mut writer = index.writer()?;
        for r in &readouts {
            writer.add(r)?;
        }
        writer.commit()?;
        Ok(())
    })
    .await?;
    Ok((StatusCode::OK, Json(serde_json::json!({"added_or_replaced": count}))).into_response())
}

async fn delete_readout(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    authorize(&state, &headers)?;
    let _write = state.writes.lock().await;
    let index = state.index()?;
    blocking(move || {
        index.get(&id)?;
        let mut writer = index.writer()?;
        writer.delete(&id);
        writer.commit()?;
        Ok(())
    })
    .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// The search page: plain HTML, CSS and JS, no build step and nothing fetched from elsewhere.
pub const PAGE: &str = include_str!("server/page.html");

/// The search page's script, served from the same origin so that the page needs no inline script.
pub const PAGE_SCRIPT: &str = include_str!("server/page.js");
/// The search page's style sheet.
pub const PAGE_STYLE: &str = include_str!("server/page.css");

async fn page() -> Response {
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], PAGE).into_response()
}

async fn page_script() -> Response {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8")], PAGE_SCRIPT).into_response()
}

async fn page_style() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], PAGE_STYLE).into_response()
}

/// The Content-Security-Policy of every answer: scripts, styles and requests of this origin only,
/// no inline script or style, no plugins, no framing. A script smuggled into a readout has nowhere
/// to run.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
    connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Adds the usual protective headers to every answer.
async fn security_headers(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    use axum::http::{HeaderName, HeaderValue};
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "no-referrer"),
        (HeaderName::from_static("cross-origin-opener-policy"), "same-origin"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

async fn not_found() -> ApiError {
    ApiError { status: StatusCode::NOT_FOUND, message: "no such endpoint; see /openapi.json".into() }
}

/// The OpenAPI description of this API.
pub const OPENAPI: &str = include_str!("server/openapi.json");

/// The routes of the API.
pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/", get(page))
        .route("/page.js", get(page_script))
        .route("/page.css", get(page_style))
        .route("/search", get(search))
        .route("/facets", get(facets))
        .route("/timeline", get(timeline))
        .route("/people", get(people))
        .route("/quotes", get(quotes))
        .route("/health", get(health))
        .route("/openapi.json", get(openapi))
        .route("/readouts", axum::routing::post(post_readouts))
        .route("/readouts/{*id}", get(get_readout).delete(delete_readout))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, state.config.request_timeout))
        .layer(axum::middleware::from_fn(limit_request_head))
        .layer(axum::middleware::from_fn(security_headers))
        .with_state(state)
}

/// Answers requests with oversized headers, targets or announced bodies before they reach a
/// handler.
async fn limit_request_head(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let header_bytes: usize = request.headers().iter().map(|(name, value)| name.as_str().len() + value.len()).sum();
    if header_bytes > MAX_HEADER_BYTES {
        return ApiError {
            status: StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            message: format!("request headers of {header_bytes} bytes; the limit is {MAX_HEADER_BYTES}"),
        }
        .into_response();
    }
    let uri_bytes = request.uri().path_and_query().map_or(0, |pq| pq.as_str().len());
    if uri_bytes > MAX_URI_BYTES {
        return ApiError {
            status: StatusCode::URI_TOO_LONG,
            message: format!("a request target of {uri_bytes} bytes; the limit is {MAX_URI_BYTES}"),
        }
        .into_response();
    }
    // A body announced over the limit is refused now, not after it has been waited for.
    let announced =
        request.headers().get(axum::http::header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse().ok());
    if let Some(length) = announced.filter(|&n: &usize| n > MAX_BODY_BYTES) {
        return ApiError {
            status: StatusCode::PAYLOAD_TOO_LARGE,
            message: format!("a body of {length} bytes; the limit is {MAX_BODY_BYTES}"),
        }
        .into_response();
    }
    next.run(request).await
}

/// How long a client may take to send a request's header lines; a client that dribbles them
/// (slowloris) is disconnected instead of holding a connection open.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// The most bytes buffered of one connection's request head before it is refused.
const MAX_HEAD_BUFFER: usize = 64 * 1024;

/// Serves the API on `listener` until Ctrl-C, then lets the requests under way finish.
pub async fn serve(listener: tokio::net::TcpListener, state: Arc<AppState>) -> std::io::Result<()> {
    use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
    use hyper_util::server::conn::auto::Builder;
    use hyper_util::service::TowerToHyperService;

    let app = router(state);
    let mut builder = Builder::new(TokioExecutor::new());
    builder.http1().timer(TokioTimer::new()).header_read_timeout(HEADER_READ_TIMEOUT).max_buf_size(MAX_HEAD_BUFFER);
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let ctrl_c = tokio::signal::ctrl_c();
    tokio::pin!(ctrl_c);
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let stream = match accepted {
                    Ok((stream, _)) => stream,
                    // Out of file descriptors and the like: the server stays up and tries again.
                    Err(e) => {
                        eprintln!("readouts: accepting a connection failed: {e}");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let _ = stream.set_nodelay(true);
                let builder = builder.clone();
                let app = app.clone();
                let watcher = graceful.watcher();
                tokio::spawn(async move {
                    // hyper's header-read timeout starts with the first byte: a connection that
                    // never sends one would be held forever, and enough of them use up the
                    // server's file descriptors.
                    let mut first = [0u8; 1];
                    match tokio::time::timeout(HEADER_READ_TIMEOUT, stream.peek(&mut first)).await {
                        Ok(Ok(n)) if n > 0 => {}
                        _ => return,
                    }
                    let connection = builder
                        .serve_connection_with_upgrades(TokioIo::new(stream), TowerToHyperService::new(app))
                        .into_owned();
                    // A client that goes away mid-request is no error of the server's.
                    let _ = watcher.watch(connection).await;
                });
            }
            _ = &mut ctrl_c => break,
        }
    }
    drop(listener);
    let _ = tokio::time::timeout(Duration::from_secs(10), graceful.shutdown()).await;
    Ok(())
}
