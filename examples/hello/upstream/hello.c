/* hello-stable: a tiny upstream program for stable-sync's build tests. */
#include <stdio.h>
#include <string.h>

#include "version.h"

static const char *greeting(void)
{
	return "Hello, world";
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "--version") == 0) {
		printf("hello-stable %s\n", HELLO_VERSION);
		return 0;
	}
	printf("%s!\n", greeting());
	return 0;
}
