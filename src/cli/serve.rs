//! `readouts serve`: the HTTP JSON API on a loopback address by default.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;

use readouts::server::{AppState, Config};

use super::IndexArg;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    index: IndexArg,
    /// Address to listen on (port 0: any free port, printed at start)
    #[arg(long, default_value = "127.0.0.1:7700")]
    addr: SocketAddr,
    /// Bearer token for writes (POST and DELETE); without one, writes are off
    #[arg(long, env = "READOUTS_TOKEN", hide_env_values = true)]
    token: Option<String>,
    /// Seconds a request (its body included) may take before it is answered 408
    #[arg(long, default_value_t = readouts::server::REQUEST_TIMEOUT.as_secs(), value_parser = clap::value_parser!(u64).range(1..))]
    timeout_secs: u64,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    // Opening (and on first use building) the default index happens before the server starts.
    let dir = args.index.open()?.dir().map(|d| d.to_path_buf()).expect("an index on disk has a directory");
    let token = args.token.filter(|t| !t.is_empty());
    let state = Arc::new(AppState::new(Config {
        index_dir: dir.clone(),
        token: token.clone(),
        request_timeout: std::time::Duration::from_secs(args.timeout_secs),
    })?);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(args.addr).await?;
        let addr = listener.local_addr()?;
        eprintln!(
            "readouts: serving {} on http://{addr} (writes {})",
            dir.display(),
            if token.is_some() { "need the token" } else { "off" }
        );
        readouts::server::serve(listener, state).await?;
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}
