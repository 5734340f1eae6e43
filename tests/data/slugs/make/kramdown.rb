# Render the one document with kramdown (default auto_ids) using the default
# `kramdown` parser and, if ruby-kramdown-parser-gfm is installed, the `GFM` parser.
# Needs: Debian packages ruby-kramdown (+ ruby-kramdown-parser-gfm), python3.
# Usage: ruby make/kramdown.rb
require 'kramdown'
require 'open3'
here = __dir__
doc, st = Open3.capture2('python3', File.join(here, 'common.py'), 'doc')
raise 'doc failed' unless st.success?
doc.force_encoding('UTF-8')

def pkgver(name)
  `dpkg-query -W -f='${Version}' #{name} 2>/dev/null`.strip
end

modes = [['kramdown', 'kramdown', "kramdown #{Kramdown::VERSION} (Debian ruby-kramdown #{pkgver('ruby-kramdown')}), input 'kramdown' (default parser), default options (auto_ids: true)"]]
begin
  require 'kramdown-parser-gfm'
  modes << ['kramdown-gfm', 'GFM', "kramdown #{Kramdown::VERSION} (Debian ruby-kramdown #{pkgver('ruby-kramdown')}) + kramdown-parser-gfm #{Kramdown::Parser::GFM::VERSION} (Debian ruby-kramdown-parser-gfm #{pkgver('ruby-kramdown-parser-gfm')}), input 'GFM', default options (auto_ids: true)"]
rescue LoadError
  warn 'kramdown-parser-gfm not available: skipping kramdown-gfm'
end

modes.each do |name, input, tool|
  html = Kramdown::Document.new(doc, input: input).to_html
  cmd = "ruby make/kramdown.rb: Kramdown::Document.new(doc, input: '#{input}').to_html on the one document (ruby #{RUBY_VERSION}); ids read from <h2 id>"
  out, st = Open3.capture2('python3', File.join(here, 'common.py'), 'extract', name, name, tool, cmd, stdin_data: html)
  raise "extract failed for #{name}" unless st.success?
  print out
end
