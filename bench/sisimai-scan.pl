# Sisimai 5 over the same folders as `npm run scan` (bench/scan.bench.ts): one JSON line per
# delivery record, as `sisimai` prints them. Run: perl bench/sisimai-scan.pl DIR...
use strict;
use warnings;
use Sisimai;
use JSON;

my $json = JSON->new->canonical;
binmode STDOUT;
for my $dir (@ARGV) {
    my $records = Sisimai->rise($dir, 'delivered' => 1) or next;
    print $json->encode($_->damn), "\n" for @$records;
}
