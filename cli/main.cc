#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) { return maturity::RunMaturity(argc, argv, std::cout, std::cerr); }
