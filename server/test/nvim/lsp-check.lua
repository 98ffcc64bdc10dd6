-- Drives the report-lint language server from Neovim's built-in LSP client (works on 0.7+).
-- Environment:
--   REPORT_LINT_SERVER  path to server/dist/server.js
--   REPORT_LINT_FILE    the report to open
--   REPORT_LINT_OUT     where to write the results (one line each):
--     D <line> <col> <rule> <severity>   each diagnostic of the first publish (1-based line, 0-based col)
--     H <text>                           the hover at the first row-total / results-total / review-total diagnostic
--     A <title>                          the code actions there
--     FIXED <n>                          the number of diagnostics after applying the first quick-fix,
--     F <line> <rule>                    and each of them
--     S <name>                           the document symbols (top level)
--     OK                                 the run finished
-- Usage: see server/test/nvim/run.sh
local server = os.getenv('REPORT_LINT_SERVER')
local file = os.getenv('REPORT_LINT_FILE')
local out_path = os.getenv('REPORT_LINT_OUT') or '/dev/stdout'
local lines = {}
local function out(s) table.insert(lines, (s:gsub('\n', ' '))) end
local function flush()
  local f = assert(io.open(out_path, 'w'))
  f:write(table.concat(lines, '\n') .. '\n')
  f:close()
end

local function main()
  assert(server and file, 'REPORT_LINT_SERVER and REPORT_LINT_FILE must be set')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = file:match('%.md$') and 'markdown' or 'text'

  local published = {} -- version -> diagnostics
  local latest = nil
  local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
  local client_id = vim.lsp.start_client({
    name = 'report-lint',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    settings = { reportLint = { debounceMs = 50 } },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        latest = result
        table.insert(published, result)
        return default_handler(err, result, ctx, config)
      end,
    },
  })
  assert(client_id, 'could not start the server')
  vim.lsp.buf_attach_client(bufnr, client_id)
  assert(vim.wait(15000, function() return #published > 0 end, 20), 'no diagnostics within 15 s')

  local first = published[1].diagnostics
  local target = nil
  for _, d in ipairs(first) do
    out(string.format('D %d %d %s %d', d.range.start.line + 1, d.range.start.character, d.code, d.severity))
    if not target and d.data and d.data.fix and (d.code == 'row-total' or d.code == 'results-total' or d.code == 'review-total') then
      target = d
    end
  end
  -- vim.diagnostic got them too.
  assert(#vim.diagnostic.get(bufnr) == #first, 'vim.diagnostic has ' .. #vim.diagnostic.get(bufnr) .. ' diagnostics, expected ' .. #first)

  local uri = vim.uri_from_bufnr(bufnr)
  local syms = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', { textDocument = { uri = uri } }, 5000)
  for _, r in pairs(syms or {}) do
    for _, s in ipairs(r.result or {}) do out('S ' .. s.name) end
  end

  if target then
    local pos = target.range.start
    local hov = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = pos }, 5000)
    for _, r in pairs(hov or {}) do
      if r.result and r.result.contents then out('H ' .. (r.result.contents.value or vim.inspect(r.result.contents))) end
    end
    local params = { textDocument = { uri = uri }, range = target.range, context = { diagnostics = { target } } }
    local acts = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 5000)
    local chosen = nil
    for _, r in pairs(acts or {}) do
      for _, a in ipairs(r.result or {}) do
        out('A ' .. a.title)
        if not chosen and a.edit and a.kind == 'quickfix' then chosen = a end
      end
    end
    if chosen then
      local before = #published
      vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
      -- The edit goes to the server as an incremental didChange; wait for its diagnostics.
      assert(vim.wait(15000, function() return #published > before end, 20), 'no diagnostics after the fix')
      out('FIXED ' .. #latest.diagnostics)
      for _, d in ipairs(latest.diagnostics) do out(string.format('F %d %s', d.range.start.line + 1, d.code)) end
    end
  end

  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
  out('OK')
end

local ok, err = pcall(main)
if not ok then out('ERROR ' .. tostring(err)) end
flush()
vim.cmd(ok and 'qall!' or 'cquit! 1')
