//! `readouts completions SHELL` and `readouts man`: shell completions and a man page generated from
//! the clap definitions, so that they never disagree with `--help`.

use std::io::Write;
use std::process::ExitCode;

use clap::CommandFactory;

use super::Cli;

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    shell: clap_complete::Shell,
}

/// Prints the completion script for a shell: `readouts completions bash > /etc/bash_completion.d/readouts`.
pub fn completions(args: CompletionsArgs) -> anyhow::Result<ExitCode> {
    let mut command = Cli::command();
    // Into memory first: clap_complete panics on a failed write, and a closed pipe is no bug.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "readouts", &mut script);
    std::io::stdout().lock().write_all(&script)?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// Write readouts.1 and one page a subcommand (readouts-search.1, ...) into this directory
    /// instead of printing readouts.1
    #[arg(long, value_name = "DIR")]
    dir: Option<std::path::PathBuf>,
}

/// Prints the man page (roff), or writes it with one page a subcommand, which it refers to
/// (`readouts-search(1)`): `readouts man --dir /usr/local/share/man/man1`.
pub fn man(args: ManArgs) -> anyhow::Result<ExitCode> {
    let command = Cli::command();
    let Some(dir) = args.dir else {
        clap_mangen::Man::new(command).render(&mut std::io::stdout().lock())?;
        return Ok(ExitCode::SUCCESS);
    };
    std::fs::create_dir_all(&dir).map_err(|e| anyhow::anyhow!("creating {}: {e}", dir.display()))?;
    let mut pages = vec![command.clone()];
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        pages.push(sub.clone().name(format!("readouts-{}", sub.get_name())));
    }
    for page in pages {
        let path = dir.join(format!("{}.1", page.get_name()));
        let mut roff = Vec::new();
        clap_mangen::Man::new(page).render(&mut roff)?;
        std::fs::write(&path, roff).map_err(|e| anyhow::anyhow!("writing {}: {e}", path.display()))?;
        writeln!(std::io::stdout().lock(), "{}", path.display())?;
    }
    Ok(ExitCode::SUCCESS)
}
